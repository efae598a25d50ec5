import AuditStore
import CheckerKit
import FindingsModel
import Foundation
import ReportModel
import WorkingPapers

/// `audit findings --format csv|xlsx`: one row per finding, with the figures as numbers and
/// the reviewer's decision, for the spreadsheet a working paper is made of.
public enum FindingsWorkingPaper {
    /// Column names in Chinese, in the order of `columns`.
    static let columnNamesZh = [
        "编号", "部门", "年度", "修订", "规则", "级别", "页", "行", "引文", "说明", "应为", "实为", "差额", "与基准相比", "处理状态", "复核人", "理由",
    ]

    /// The columns with their names in `language`.
    public static func columns(in language: Language) -> [Column] {
        language == .zh ? zip(columns, columnNamesZh).map { Column($1, width: $0.width) } : columns
    }

    public static let columns = [
        Column("id", width: 12), Column("department", width: 14), Column("year", width: 6), Column("revision", width: 12),
        Column("rule", width: 26), Column("level", width: 8), Column("page", width: 6), Column("line", width: 7),
        Column("quoted text", width: 60), Column("message", width: 70),
        Column("expected", width: 14), Column("actual", width: 14), Column("difference", width: 14),
        Column("baseline state", width: 10), Column("triage status", width: 14), Column("reviewer", width: 24), Column("reason", width: 40),
    ]

    /// One sheet of the findings of several revisions, in the order given.
    static func sheet(_ rows: [[SheetCell]], language: Language = .en) -> Sheet {
        var sheet = Sheet(name: "findings", columns: columns(in: language))
        rows.forEach { sheet.append($0) }
        return sheet
    }

    /// The rows of the findings of `checked`, the run of `revision`, whose stored text is `text`.
    static func rows(_ checked: CheckedRevision, revision: Revision, text: String, language: Language = .en) -> [[SheetCell]] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let (department, version) = VersionLabel.parts(of: revision.version)
        let year = PreviousYear.year(of: version)
        return checked.reviewed.run.findings.map { finding in
            let review = checked.reviewed.reviews[finding.fingerprint] ?? FindingReview()
            let place: [SheetCell] = [.text(finding.shortID), department.map(SheetCell.text) ?? .empty, year.map(SheetCell.integer) ?? .empty, .text(revision.ref)]
            return place + cells(finding, lines: lines, pages: checked.subject.pages, language) + cells(review, language)
        }
    }

    /// Rule to difference. An absent finding has no span: ReviewedRun drops the baseline's lines.
    private static func cells(_ finding: Finding, lines: [Substring], pages: PageMap?, _ language: Language) -> [SheetCell] {
        let span = finding.locations.first?.span
        return [
            .text(finding.ruleID), .text(finding.level.label(in: language)),
            page(of: span, pages: pages), span.map { .integer($0.startLine) } ?? .empty,
            span.map { .text(quoted($0, lines)) } ?? .empty, .text(finding.message(in: language)),
            number(finding.evidence?.expected), number(finding.evidence?.actual), number(finding.evidence?.difference),
        ]
    }

    /// Baseline state and triage.
    private static func cells(_ review: FindingReview, _ language: Language) -> [SheetCell] {
        let suppression = review.suppression
        return [
            review.baselineState.map { .text($0.label(in: language)) } ?? .empty,
            suppression.map { .text($0.decisionLabel(in: language)) } ?? .empty, suppression.map { .text($0.reviewer) } ?? .empty,
            suppression.map { .text($0.justification) } ?? .empty,
        ]
    }

    private static func page(of span: SourceSpan?, pages: PageMap?) -> SheetCell {
        guard let span, let pages, pages.hasPages else { return .empty }
        return .integer(pages.page(ofLine: span.startLine))
    }

    /// The exact value to the places it is printed with: a recomputed share is exact to many
    /// places ("71.6538834…") but printed, and meant, as "71.65".
    private static func number(_ quantity: Quantity?) -> SheetCell {
        guard let quantity else { return .empty }
        let places = quantity.printed.split(separator: ".", maxSplits: 1).dropFirst().first?.prefix { $0.isASCII && $0.isNumber }.count ?? 0
        return .decimal(quantity.value.rounded(toPlaces: places))
    }

    /// The lines the finding's span covers, as printed: without the layout's indentation and
    /// page breaks, one per line.
    static func quoted(_ span: SourceSpan, _ lines: [Substring]) -> String {
        let first = max(1, span.startLine), last = min(lines.count, span.endLine)
        guard first <= last else { return "" }
        return lines[(first - 1)...(last - 1)]
            .map { $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{0C}"))) }
            .joined(separator: "\n")
    }
}
