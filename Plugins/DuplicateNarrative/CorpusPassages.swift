import CheckerKit

/// `audit dups` below the paragraph: sentences and passages shared between reports where the
/// paragraphs around them differ (a neighbouring sentence rewritten, the copy inside a longer
/// paragraph, an unfinished sentence joined before it). Sentence windows are sketched and
/// filed in the same LSH index as paragraphs, so the work grows with the number of sentences;
/// candidates from different reports are confirmed exactly, as within one report (Jaccard or
/// containment), and chained into passages report pair by report pair.
struct CorpusPassages {
    let settings: Settings
    /// The blank templates' wording, which `matches` alone does not need.
    var template = TemplateText.none

    /// `shared` holds the paragraphs already in shared-paragraph findings.
    func result(_ corpus: [CorpusDocument], shared: Set<CorpusParagraph.Key>) -> CheckResult {
        let all = CorpusSentences(corpus, shingleSize: settings.shingleSize)
        let confirmed = matches(all)
        let formulas = FormulaClusters(confirmed, count: all.sentences.count, minimumOccurrences: settings.formulaOccurrences) { all.documents[$0] }
        // Both places already in shared-paragraph findings: the pair is one of them, or the
        // echo of a copy inside one report that the other report carried over whole.
        let fresh = confirmed.filter { !shared.contains(all.key($0.left)) || !shared.contains(all.key($0.right)) }
        let chaining = PassageChaining(gap: settings.gap, rank: PassageChaining.ranks(all.sentences.map { $0.text.count >= settings.minimumLength }))
        let byReports = Dictionary(grouping: fresh) { CandidatePair(all.documents[$0.left], all.documents[$0.right]) }
        let builder = CorpusPassageFindings(corpus: corpus, all: all, formulas: formulas, settings: settings, template: template)
        let findings = byReports.keys.sorted { ($0.first, $0.second) < ($1.first, $1.second) }.flatMap { reports in
            chaining.passages(byReports[reports]!).compactMap { $0.trimmed(formulas) }.compactMap(builder.finding)
        }
        return CheckResult(findings: findings, identitiesChecked: confirmed.count)
    }

    /// Sentence pairs from different reports whose windows share an LSH band, kept when the
    /// sentences' exact Jaccard or containment reaches the within-report thresholds.
    func matches(_ all: CorpusSentences) -> [ExactPairs.Pair] {
        let windows = all.windows(minimumLength: settings.minimumLength)
        let parameters = BandingParameters(threshold: settings.corpusJaccard, permutations: settings.permutations)
        let sentences = all.sentences
        let candidates = Sketches.candidates(count: windows.owners.count, shingleSize: settings.shingleSize,
                                             hasher: MinHasher(permutations: settings.permutations), parameters: parameters) {
            windows.text($0, of: sentences)
        }
        let exact = settings.exactPairs
        let acrossReports = Self.sentencePairs(candidates, windows: windows) { all.documents[$0] != all.documents[$1] }
        let shingles = CandidateShingles(acrossReports, count: all.sentences.count) { all.sentences[$0].shingles }
        return ParallelChunks.flatMap(acrossReports.count) { range in
            acrossReports[range].compactMap { pair in
                let similarity = shingles.similarity(pair)
                return exact.matches(similarity) ? ExactPairs.Pair(left: pair.first, right: pair.second, similarity: similarity) : nil
            }
        }
    }

    /// The sentence pairs that window pairs name, each once, smaller first and in order, where
    /// `keep` holds: packed into 64 bits and sorted, not hashed one by one into a standard Set
    /// (a season of reports gives each window chance candidates in many others).
    private static func sentencePairs(_ candidates: [CandidatePair], windows: CorpusSentences.Windows, keep: (Int, Int) -> Bool) -> [CandidatePair] {
        var packed: [UInt64] = []
        packed.reserveCapacity(candidates.count)
        for candidate in candidates {
            let (a, b) = (windows.owner(candidate.first), windows.owner(candidate.second))
            guard keep(a, b) else { continue }
            packed.append(UInt64(min(a, b)) << 32 | UInt64(max(a, b)))
        }
        packed.radixSort()
        return packed.uniqued().map { CandidatePair(Int($0 >> 32), Int($0 & 0xffff_ffff)) }
    }
}
