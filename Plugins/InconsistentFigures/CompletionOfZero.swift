import CheckerKit
import ReportModel

/// "年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%": a
/// completion percentage of a budget printed as zero. Nothing divides by zero, so the
/// percentage was computed against another figure; the finding names the budget of the
/// paragraph it does recompute from (here 307.82 ÷ 321.02, the 全年预算), if any. "完成预算的
/// 0%" of a zero budget is the template's own wording and stays silent.
struct CompletionOfZero {
    let report: Report

    /// The budgets a completion may name, longest first so that 年初预算 wins over 预算.
    private static let budgets = ["年初预算", "全年预算", "调整预算", "预算"]
    private static let completed = "完成"
    private static let executedWords = ["决算", "执行"]

    func findings() -> [Finding] {
        ParagraphFigures.all(report).flatMap { paragraph in paragraph.figures.indices.compactMap { finding(at: $0, paragraph) } }
    }

    private func finding(at index: Int, _ paragraph: ParagraphFigures) -> Finding? {
        let figures = paragraph.figures
        let rate = figures[index]
        guard index >= 1, rate.base?.unit == "%", !rate.amount.value.isZero else { return nil }
        let claim = paragraph.words(before: index)
        guard claim.hasSubstring(Self.completed), let start = claim.range(of: Self.completed),
              let budget = Self.budgets.first(where: String(claim[start.upperBound...]).hasSubstring) else { return nil }
        let earlier = figures[..<index].indices.filter { figures[$0].base?.unit == "万元" }
        guard let named = earlier.last(where: { Self.names(paragraph.words(before: $0), budget) }),
              figures[named].amount.value.isZero,
              let executed = earlier.last(where: { $0 != named && Self.executedWords.contains(where: paragraph.words(before: $0).hasSubstring) })
        else { return nil }
        let other = earlier.first { candidate in
            candidate != named && candidate != executed && paragraph.words(before: candidate).hasSubstring("预算")
                && PercentageCheck(printed: rate.amount, numerator: Interval(figures[executed].amount), denominator: Interval(figures[candidate].amount))
                    .map { $0.consistency != .broken } == true
        }
        let zero = figures[named]
        var message = "完成\(budget)的 \(rate.amount.printed)% of a \(budget) of \(zero.amount.printed) 万元: a zero budget has no completion percentage"
        if let other {
            let otherWords = paragraph.words(before: other)
            message += "; \(rate.amount.printed)% is \(figures[executed].amount.printed) ÷ \(figures[other].amount.printed) (\(Self.label(otherWords)))"
        }
        let rule = Rule.completionOfZero
        let places = [location(rate, "完成\(budget)的 \(rate.amount.printed)%"), location(zero, "\(budget) \(zero.amount.printed) 万元")]
            + (other.map { [location(figures[$0], "\(figures[$0].amount.printed) 万元")] } ?? [])
        return Finding(ruleID: rule.id, level: rule.level, message: message, locations: places)
    }

    /// Whether the words before an amount call it this budget ("年初预算为", "全年预算数为"),
    /// and not a longer one ("年初预算" is not "预算" here).
    private static func names(_ words: String, _ budget: String) -> Bool {
        guard words.hasSubstring(budget) else { return false }
        return !budgets.contains { $0 != budget && $0.count > budget.count && words.hasSubstring($0) }
    }

    /// "全年预算" from "，全年预算为".
    private static func label(_ words: String) -> String {
        budgets.first(where: words.hasSubstring) ?? words
    }

    private func location(_ figure: Figure, _ note: String) -> FindingLocation {
        FindingLocation(span: figure.span, logical: "\(report.sectionLabel(of: figure) ?? "narrative") / \(note)", note: note)
    }
}
