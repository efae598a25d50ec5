import CheckerKit
import ReportModel

/// Finds one quantity printed with two values: narrative figures with the same naming words
/// (after filler words) and compatible units that disagree beyond rounding at the same time, and
/// running totals that fall between two dates. Figures at different times are a series, shown
/// as a note.
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
        return CheckResult(findings: groups.flatMap(builder.findings) + unchecked(report), identitiesChecked: groups.count)
    }

    /// The figures `CandidateSelection` leaves out of the arithmetic for their size.
    private func unchecked(_ report: Report) -> [Finding] {
        report.figures.filter { !CheckedRange.contains($0.amount) || $0.base.map { !CheckedRange.contains($0.value) } == true }.map {
            CheckedRange.note(printed: $0.amount.printed, span: $0.span, logical: "¶\($0.paragraph + 1) / \($0.phrase)")
        }
    }
}
