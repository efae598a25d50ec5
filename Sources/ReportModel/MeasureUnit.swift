import Foundation

/// Units printed after numbers in narrative, and how they convert to a base unit.
///
/// Money converts to 万元 (the unit of every table); counts with a magnitude (万人, 亿条) to
/// the plain count (人, 条).
enum MeasureUnit {
    static let money: [String: Decimal] = ["亿元": 10000, "万元": 1, "元": Decimal(string: "0.0001")!]
    static let magnitudes: [Unicode.Scalar: Decimal] = ["万": 10000, "亿": 100_000_000]

    /// Count and measure words, longest first so that 人次 wins over 人.
    static let words: [String] = [
        "个工作日", "个自然日", "个月", "人次", "台（套）", "平方米", "分钟", "小时", "公里",
        "个", "人", "次", "件", "条", "项", "家", "辆", "台", "套", "种", "宗", "份", "张", "笔", "单",
        "批", "类", "部", "核", "名", "场", "所", "户", "倍", "天", "秒", "周", "起", "栋", "间", "笔",
        "%", "％", "GB", "TB", "T", "元",
    ].sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }

    private static let plainUnits = Set(words)
    static let scalarWords: [[Unicode.Scalar]] = words.map { Array($0.unicodeScalars) }

    /// Nouns that begin with a measure word: "74 部门" counts departments, not 部.
    private static let nouns: [[Unicode.Scalar]] = ["部门", "单位", "项目", "人员", "家庭", "名单", "类型", "种类", "次数"].map { Array($0.unicodeScalars) }

    static func startsNoun(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        nouns.contains { scalars.starts(with: $0) }
    }

    /// Words printed between a number and its unit meaning "more than": "1490多万张", "50 余项".
    static let approximateInfixes = ScalarSet("多余")

    /// The value in the base unit, where the unit has one.
    static func base(value: Decimal, unit: String) -> Figure.BaseValue? {
        if unit == "万元" { return Figure.BaseValue(value: value, unit: unit) }
        if let factor = money[unit] { return Figure.BaseValue(value: value * factor, unit: "万元") }
        let scalars = Array(unit.unicodeScalars)
        if let first = scalars.first, let factor = magnitudes[first], scalars.count > 1 {
            let rest = String(scalars: scalars.dropFirst())
            return Figure.BaseValue(value: value * factor, unit: rest)
        }
        if unit == "％" { return Figure.BaseValue(value: value, unit: "%") }
        return plainUnits.contains(unit) ? Figure.BaseValue(value: value, unit: unit) : nil
    }
}
