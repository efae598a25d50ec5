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
    /// `ParagraphFigures.all(report)`, read once for every rule.
    let paragraphs: [ParagraphFigures]

    private static let increase = "增加"
    private static let growth = "增长"
    private static let money = "万元"
    private static let noneLastYear = ["上年无此项", "上年无该项", "上年未发生", "上年度无此项", "上年度未发生", "上年同期无此项", "上年同期未发生"]
    private static let sentenceEnds: Set<Unicode.Scalar> = Set("。".unicodeScalars)

    func findings() -> [Finding] {
        paragraphs.flatMap { paragraph in
            paragraph.figures.indices.compactMap { finding(at: $0, paragraph) ?? statedNone(at: $0, paragraph) }
        }
    }

    /// A 增长 percentage whose sentence says last year had none of it.
    private func statedNone(at index: Int, _ paragraph: ParagraphFigures) -> Finding? {
        let rate = paragraph.figures[index]
        guard rate.base?.unit == "%", !rate.amount.value.isZero, !rate.isApproximate,
              paragraph.clause(before: index).hasSuffix(Self.growth) else { return nil }
        let start = paragraph.scalars[..<rate.range.lowerBound].lastIndex(where: Self.sentenceEnds.contains).map { $0 + 1 } ?? 0
        let end = paragraph.scalars[rate.range.upperBound...].firstIndex(where: Self.sentenceEnds.contains) ?? paragraph.scalars.count
        let offsets = (start..<end).filter { !paragraph.scalars[$0].isBlank }
        let sentence = offsets.map { paragraph.scalars[$0] }
        guard let none = Self.noneLastYear.first(where: String(String.UnicodeScalarView(sentence)).hasSubstring),
              let at = (0...(sentence.count - none.unicodeScalars.count)).first(where: { sentence[$0...].starts(with: none.unicodeScalars) })
        else { return nil }
        let said = offsets[at]..<(offsets[at + none.unicodeScalars.count - 1] + 1)
        let rule = Rule.growthFromZero
        let message = LocalizedText(
            en: "增长 \(rate.amount.printed)% where the sentence says \(none): last year's figure is 0, and growth from zero has no percentage",
            zh: "句中称“\(none)”却列示增长 \(rate.amount.printed)%：上年数为 0，基数为零无法计算增长率"
        )
        let paragraphText = report.paragraphs[rate.paragraph]
        let saidLocation = FindingLocation(span: paragraphText.span(ofScalarRange: said), logical: report.sectionLabel(of: rate) ?? "narrative", note: none)
        return Finding(ruleID: rule.id, level: rule.level, message: message, locations: [location(rate, .same("增长 \(rate.amount.printed)%")), saidLocation])
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
        let lastYear = "\(current.amount.printed) − \(change.amount.printed) = \(base.nominal.plainString) 万元"
        let message = LocalizedText(
            en: "增长 \(rate.amount.printed)% on an increase of \(change.amount.printed) 万元 to \(current.amount.printed) 万元: "
                + "last year's figure is \(lastYear), and growth from zero has no percentage",
            zh: "增加 \(change.amount.printed) 万元至 \(current.amount.printed) 万元，却列示增长 \(rate.amount.printed)%："
                + "上年数为 \(lastYear)，基数为零无法计算增长率"
        )
        return Finding(
            ruleID: rule.id, level: rule.level, message: message,
            locations: [
                location(rate, .same("增长 \(rate.amount.printed)%"), phrase: change.phrase),
                location(current, LocalizedText(en: "\(current.amount.printed) 万元 this year", zh: "本年 \(current.amount.printed) 万元")),
                location(change, .same("增加 \(change.amount.printed) 万元")),
            ]
        )
    }

    private func isMoney(_ figure: Figure) -> Bool { figure.base?.unit == Self.money }

    private func location(_ figure: Figure, _ note: LocalizedText, phrase: String? = nil) -> FindingLocation {
        let section = report.sectionLabel(of: figure) ?? "narrative"
        return FindingLocation(span: figure.span, logical: section + (phrase.map { " / \($0)" } ?? ""), note: note)
    }
}
