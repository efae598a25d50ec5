import Cairo
import CheckerKit
import Foundation
import ReviewReport

/// The first page: what was reviewed, against what, when and by whom; the findings counted by
/// level and by checker; and an index of every numbered finding with its page, as far as the
/// page holds them.
struct CoverPage {
    static let width = 595.0
    static let height = 842.0
    private static let margin = 50.0
    private static let font = PagePainter.labelFont

    let document: ReviewDocument
    let entries: [MarkedUpEntry]
    let facts: CoverFacts

    func draw(on context: CairoContext) {
        var y = Self.margin + 10
        text("Marked-up review 审阅标注", size: 18, bold: true, y: &y, context: context)
        let title = document.subject + (document.baseline.map { " against \($0)" } ?? "")
        text(title, size: 12, bold: true, y: &y, context: context)
        y += 6
        for line in [
            "Revision 版本: \(facts.revision)",
            "Date 日期: \(Self.dateFormatter.string(from: facts.date))",
            "Reviewer 审阅人: \(facts.reviewer)",
        ] { text(line, size: 9, y: &y, context: context) }
        y += 8
        text("Findings 问题: " + counts(entries.map(\.level)), size: 10, bold: true, y: &y, context: context)
        let confirmed = entries.filter { $0.entry.review.suppression?.decision == "confirmed" }.count
        if confirmed > 0 { text("\(confirmed) confirmed by a reviewer 已确认", size: 9, y: &y, context: context) }
        if facts.setAside > 0 {
            text("\(facts.setAside) set aside by a reviewer are not marked (audit report --all marks them)", size: 9, y: &y, context: context)
        }
        y += 4
        for (checker, levels) in byChecker() {
            text("\(checker): \(counts(levels))", size: 9, y: &y, context: context)
        }
        y += 6
        text("Boxes on the pages: red error 错误, amber warning 警告, blue note 提示; the number beside a box is the finding's, explained at the foot of its page.", size: 8, y: &y, context: context)
        y += 8
        index(y: &y, context: context)
    }

    private func index(y: inout Double, context: CairoContext) {
        let lineHeight = 10.0
        let room = Int((Self.height - Self.margin - y) / lineHeight) - 1
        for (position, entry) in entries.enumerated() {
            if position == room - 1, entries.count > room {
                text("… and \(entries.count - position) more, numbered on their pages", size: 7.5, y: &y, context: context)
                return
            }
            let page = entry.page.map { "p. \($0)" } ?? "no page"
            context.setFont(Self.font, size: 7.5)
            let line = "\(entry.number). \(entry.levelName) · \(page) · \(entry.ruleName) — \(entry.message)"
            let clipped = TextWrapping(context: context).lines(line, width: Self.width - 2 * Self.margin).first ?? ""
            context.setColour(HighlightColour.of(entry.level))
            y += lineHeight
            context.show(clipped, x: Self.margin, y: y)
        }
    }

    /// "2 errors, 0 warnings, 17 notes".
    private func counts(_ levels: [Level]) -> String {
        let count = { (level: Level) in levels.filter { $0 == level }.count }
        return "\(count(.error)) errors, \(count(.warning)) warnings, \(count(.note)) notes"
    }

    /// Each checker (the part of a rule id before its first dot) with its findings' levels.
    private func byChecker() -> [(String, [Level])] {
        Dictionary(grouping: entries) { String($0.entry.finding.ruleID.prefix { $0 != "." }) }
            .sorted { $0.key < $1.key }
            .map { ($0.key, $0.value.map(\.level)) }
    }

    private func text(_ line: String, size: Double, bold: Bool = false, y: inout Double, context: CairoContext) {
        context.setFont(Self.font, size: size, bold: bold)
        context.setColour(.black)
        for wrapped in TextWrapping(context: context).lines(line, width: Self.width - 2 * Self.margin) {
            y += size * 1.45
            context.show(wrapped, x: Self.margin, y: y)
        }
    }

    private static let dateFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter
    }()
}
