import Foundation
import ReportModel

/// The figures checkers compute with. Foundation's `Decimal` holds 38 digits with an exponent
/// of ±127: past that its multiplication traps and its rounding answers NaN, so a figure
/// printed as 0.(100 zeros)1% would end a checker. Real reports print money in 万元 with two
/// decimals and percentages with two; these bounds leave room for every sum, ratio and unit
/// conversion of in-range figures to stay exact and finite. Figures outside them are left
/// out of every identity, and the engine notes each one (`engine.unchecked-figure`).
public enum CheckedRange {
    public static let maximumDecimals = 12
    /// 10²⁰: a trillion 亿元 is 10¹⁶ 元.
    public static let magnitudeLimit = Decimal(sign: .plus, exponent: 20, significand: 1)

    public static func contains(_ value: Decimal) -> Bool {
        !value.isNaN && value.magnitude < magnitudeLimit && value.exponent >= -maximumDecimals * 2
    }

    public static func contains(_ amount: Amount) -> Bool {
        amount.decimals >= 0 && amount.decimals <= maximumDecimals && contains(amount.value)
    }
}

extension CheckedRange {
    /// One rule for every checker's skipped figures; the engine lists it in a run's rules
    /// whenever a checker used it.
    public static let rule = RuleDescription(
        id: "engine.unchecked-figure",
        name: LocalizedText(en: "Figure not checked", zh: "数字未核对"),
        summary: LocalizedText(
            en: "A figure is too large, too small or too precise for exact arithmetic; identities using it were not checked.",
            zh: "数字过大、过小或小数位过多，无法精确计算；涉及该数字的勾稽关系未核对。"
        ),
        help: LocalizedText(
            en: "Check the figure by hand: real reports print amounts with two decimals. Figures with more than "
                + "\(maximumDecimals) decimals, or of 10^20 and more, are not computed with.",
            zh: "请人工核对该数字：决算报告金额通常保留两位小数。小数超过 \(maximumDecimals) 位或达到 10^20 的数字不参与计算。"
        ),
        defaultLevel: .note
    )

    /// The note a checker gives for a figure it left out, quoting it (shortened when long).
    public static func note(printed: String, span: SourceSpan, logical: String) -> Finding {
        let long = printed.count > 40
        let shortened = "\(printed.prefix(20))…\(printed.suffix(8))"
        let quoted = long ? "\(shortened) (\(printed.count) characters)" : printed
        let quotedZh = long ? "\(shortened)（共 \(printed.count) 个字符）" : printed
        return Finding(
            ruleID: rule.id, level: .note,
            message: LocalizedText(
                en: "\(quoted) is beyond exact arithmetic (at most \(maximumDecimals) decimals, below 10^20): not checked",
                zh: "“\(quotedZh)”超出精确计算范围（至多 \(maximumDecimals) 位小数、小于 10^20），未核对"
            ),
            locations: [FindingLocation(span: span, logical: logical)]
        )
    }
}
