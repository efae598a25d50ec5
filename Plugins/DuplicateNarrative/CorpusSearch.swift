import CheckerKit

/// `audit dups`: paragraphs shared between different reports of a corpus. Every paragraph is
/// sketched with MinHash and filed in an LSH index, so the work grows with the number of
/// paragraphs; candidate pairs from different reports are then confirmed with exact Jaccard.
/// Paragraphs connected by confirmed pairs form one finding: a warning when two reports share
/// it, a note when it is standard wording shared by `formula-occurrences` reports or more.
/// Sentences and passages shared inside paragraphs that differ are then found by
/// `CorpusPassages`.
public struct CorpusSearch {
    private let settings: Settings

    public init(configuration: CheckerConfiguration) throws {
        settings = try Settings(configuration)
    }

    init(settings: Settings) {
        self.settings = settings
    }

    public func findings(_ documents: [CorpusDocument]) -> [Finding] {
        result(documents).findings
    }

    /// The findings, and as identities checked the candidate pairs compared exactly.
    func result(_ documents: [CorpusDocument]) -> CheckResult {
        let paragraphs = CorpusParagraph.all(documents, shingleSize: settings.shingleSize, minimumLength: settings.minimumLength)
        let parameters = BandingParameters(threshold: settings.corpusJaccard, permutations: settings.permutations)
        let candidates = Sketches.candidates(paragraphs.map(\.text), shingleSize: settings.shingleSize,
                                             hasher: MinHasher(permutations: settings.permutations), parameters: parameters)
        let acrossReports = candidates.filter { paragraphs[$0.first].document != paragraphs[$0.second].document }
        let shingles = CandidateShingles(acrossReports, count: paragraphs.count) { paragraphs[$0].shingles }
        let threshold = settings.corpusJaccard
        let confirmed = ParallelChunks.flatMap(acrossReports.count) { range in
            acrossReports[range].filter { shingles.similarity($0).jaccard >= threshold }
        }
        let template = TemplateText(documents, settings: settings)
        let builder = CorpusFindings(documents: documents, paragraphs: paragraphs, formulaReports: settings.formulaOccurrences, template: template)
        let groups = ConnectedGroups.groups(confirmed.map { ($0.first, $0.second) }, count: paragraphs.count)
        let shared = CheckResult(findings: groups.map(builder.finding), identitiesChecked: candidates.count)
        guard settings.corpusPassages else { return shared }
        let passages = CorpusPassages(settings: settings, template: template).result(documents, shared: Set(groups.joined().map { paragraphs[$0].key }))
        return CheckResult(findings: shared.findings + passages.findings, identitiesChecked: shared.identitiesChecked + passages.identitiesChecked)
    }
}
