import CheckerKit

/// Finds copied narrative: passages repeated within the report (one finding per copied
/// block, with both places and what differs), formula wording (one note per formula), and,
/// when the previous year's report is at hand, paragraphs carried over unchanged or still
/// printing last year's figures.
public struct DuplicateNarrative: CorpusChecker {
    public static let id = "duplicate-narrative"
    public static let description = DuplicateNarrativeDescription.description

    private let settings: Settings

    public init(configuration: CheckerConfiguration) throws {
        settings = try Settings(configuration)
    }

    public func check(_ context: CheckContext) throws -> CheckResult {
        let within = WithinReport(settings: settings).findings(context.report)
        guard settings.previousVersion, let previous = context.previous else {
            return CheckResult(findings: within.findings, identitiesChecked: within.comparisons)
        }
        let carried = PreviousVersion(settings: settings).findings(context.report, previous: previous)
        return CheckResult(findings: within.findings + carried.findings, identitiesChecked: within.comparisons + carried.comparisons)
    }

    /// `audit dups`: paragraphs shared between different reports of a corpus.
    public func check(corpus: [CorpusDocument]) throws -> CheckResult {
        CorpusSearch(settings: settings).result(corpus)
    }
}
