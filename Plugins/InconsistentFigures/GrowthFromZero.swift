import CheckerKit
import ReportModel

/// "X 万元…增加 Δ 万元，增长 g%" where X − Δ, last year's figure, is zero within rounding: a
/// rise from nothing has no percentage, yet templates print 增长 100.00% for a unit founded this
/// year. X is the nearest earlier amount of the paragraph, in the same sentence ("比上年") or
/// the one before ("… 307.82 万元。与 2023 年度相比，…增加 307.82 万元，增长 100.00%"). A
/// growth of 0 on a zero base says nothing changed (the template's "增加 0.00 万元，增长
/// 0.00%") and stays silent.
struct GrowthFromZero {
    let report: Report

    private static let increase = "增加"
    private static let growth = "增长"
    private static let money = "万元"

    func findings() -> [Finding] {
        ParagraphFigures.all(report).flatMap { paragraph in paragraph.figures.indices.compactMap { finding(at: $0, paragraph) } }
    }

    private func finding(at index: Int, _ paragraph: ParagraphFigures) -> Finding? {
        let figures = paragraph.figures
        let rate = figures[index]
        guard index >= 2, rate.base?.unit == "%", !rate.amount.value.isZero else { return nil }
        let change = figures[index - 1]
        guard isMoney(change), paragraph.words(before: index).hasSubstring(Self.growth),
              paragraph.words(before: index - 1).hasSubstring(Self.increase),
              let current = figures[..<(index - 1)].last(where: isMoney)
        else { return nil }
        let base = Interval(current.amount) - Interval(change.amount)
        guard base.lower <= 0, base.upper >= 0 else { return nil }
        let rule = Rule.growthFromZero
        let message = "增长 \(rate.amount.printed)% on an increase of \(change.amount.printed) 万元 to \(current.amount.printed) 万元: "
            + "last year's figure is \(current.amount.printed) − \(change.amount.printed) = \(base.nominal.plainString) 万元, and growth from zero has no percentage"
        return Finding(
            ruleID: rule.id, level: rule.level, message: message,
            locations: [location(rate, "增长 \(rate.amount.printed)%", phrase: change.phrase), location(current, "\(current.amount.printed) 万元 this year"), location(change, "增加 \(change.amount.printed) 万元")]
        )
    }

    private func isMoney(_ figure: Figure) -> Bool { figure.base?.unit == Self.money }

    private func location(_ figure: Figure, _ note: String, phrase: String? = nil) -> FindingLocation {
        let section = report.sectionLabel(of: figure) ?? "narrative"
        return FindingLocation(span: figure.span, logical: section + (phrase.map { " / \($0)" } ?? ""), note: note)
    }
}
