import CheckerKit
import ReportModel

/// Finds one quantity printed with two values: narrative figures with the same naming words
/// (after filler words) and compatible units that disagree beyond rounding at the same time, and
/// running totals that fall between two dates. Figures at different times are a series, shown
/// as a note. Beyond equal words it reads what is counted: one count of one subject worded
/// differently, one named rate with two values, complementary rates, more approved than
/// applied, complete lists that do not add up, shares of one whole above 100 %, percentages on
/// a zero base, lists that name items the tables show as zero or leave out items with money, and
/// rows of a narrative table above the total the text states for it
/// (`Rule`).
public struct InconsistentFigures: Checker {
    public static let id = "inconsistent-figures"
    public static let description = InconsistentFiguresDescription.description

    private let minimumPhraseLength: Int
    private let seriesNotes: Bool

    public init(configuration: CheckerConfiguration) throws {
        minimumPhraseLength = try configuration.integer(InconsistentFiguresDescription.minimumPhraseLength)
        seriesNotes = try configuration.bool(InconsistentFiguresDescription.seriesNotes)
    }

    public func check(_ context: CheckContext) throws -> CheckResult {
        let report = context.report
        let candidates = CandidateSelection(report: report, minimumPhraseLength: minimumPhraseLength).candidates()
        let groups = QuantityGroup.all(candidates)
        let builder = FindingBuilder(report: report, seriesNotes: seriesNotes)
        let counts = CountedFigureSelection(report: report).counts()
        let counting = CountContradictions(report: report, phraseGroups: QuantityGroup.members(candidates))
        let paragraphs = ParagraphFigures.all(report)
        let narrativeRules: [[Finding]] = [
            counting.findings(counts),
            GrowthFromZero(report: report, paragraphs: paragraphs).findings(),
            ApprovedExceedsApplied(report: report, paragraphs: paragraphs).findings(),
            RateContradictions(report: report, paragraphs: paragraphs).findings(),
            ExhaustiveShortfall(report: report, paragraphs: paragraphs).findings(),
            ListedZeroItems(report: report).findings(),
            ListOmittedItems(report: report).findings(),
            ComplementaryRates(report: report, paragraphs: paragraphs).findings(),
            SharesOverWhole(report: report, paragraphs: paragraphs).findings(),
            TableRowsOverTotal(report: report).findings(),
        ]
        let findings = groups.flatMap(builder.findings) + narrativeRules.joined() + unchecked(report)
        return CheckResult(findings: findings, identitiesChecked: groups.count + counts.count)
    }

    /// The figures `CandidateSelection` leaves out of the arithmetic for their size.
    private func unchecked(_ report: Report) -> [Finding] {
        report.figures.filter { !CheckedRange.contains($0.amount) || $0.base.map { !CheckedRange.contains($0.value) } == true }.map {
            CheckedRange.note(printed: $0.amount.printed, span: $0.span, logical: "¶\($0.paragraph + 1) / \($0.phrase)")
        }
    }
}
