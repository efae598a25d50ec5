import Foundation

/// Units printed after numbers in narrative, and how they convert to a base unit.
///
/// Money converts to 万元 (the unit of every table); counts with a magnitude (万人, 亿条) to
/// the plain count (人, 条).
enum MeasureUnit {
    static let magnitudes: [Unicode.Scalar: Decimal] = ["万": 10000, "亿": 100_000_000]

    /// Count and measure words, longest first so that 人次 wins over 人.
    static let words: [String] = [
        "个工作日", "个自然日", "个月", "人次", "台（套）", "平方米", "分钟", "小时", "公里",
        "个", "人", "次", "件", "条", "项", "家", "辆", "台", "套", "种", "宗", "份", "张", "笔", "单",
        "批", "类", "部", "核", "名", "场", "所", "户", "倍", "天", "秒", "周", "起", "栋", "间", "笔",
        "%", "％", "GB", "TB", "T", "元",
    ].sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }

    static let scalarWords: [[Unicode.Scalar]] = words.map { Array($0.unicodeScalars) }
    private static let yuan = words.firstIndex(of: "元")!
    private static let percentSigns = [words.firstIndex(of: "%")!, words.firstIndex(of: "％")!]
    private static let yuanPerWanYuan = Decimal(string: "0.0001")!
    private static let wanPerYi: Decimal = 10000

    /// Index in `words` of the word at `index`, the longest that matches.
    static func word(at index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        let first = scalars[index]
        return scalarWords.firstIndex { $0[0] == first && scalars[index...].starts(with: $0) }
    }

    /// Nouns that begin with a measure word: "74 部门" counts departments, not 部.
    private static let nouns: [[Unicode.Scalar]] = ["部门", "单位", "项目", "人员", "家庭", "名单", "类型", "种类", "次数"].map { Array($0.unicodeScalars) }

    static func startsNoun(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        nouns.contains { scalars.starts(with: $0) }
    }

    /// Words printed between a number and its unit meaning "more than": "1490多万张", "50 余项".
    static let approximateInfixes = ScalarSet("多余")

    /// A unit as printed after a number: a magnitude, a measure word, or both ("万人", "亿元",
    /// "万", "项"). Kept as its parts so that conversion needs no lookup by text.
    struct Printed {
        let magnitude: Unicode.Scalar?
        /// Index into `MeasureUnit.words`.
        let word: Int?
        /// As printed, except that a full-width "％" reads "%".
        let text: String

        init(magnitude: Unicode.Scalar?, word: Int?) {
            self.magnitude = magnitude
            self.word = word
            let printed = (magnitude.map { String($0) } ?? "") + (word.map { MeasureUnit.words[$0] } ?? "")
            text = printed == "％" ? "%" : printed
        }

        /// 元, 万元 or 亿元.
        var isMoney: Bool { word == MeasureUnit.yuan }

        /// "%" alone: "万%" is a count of something else.
        var isPercent: Bool { magnitude == nil && word.map(MeasureUnit.percentSigns.contains) == true }

        /// The value in the base unit: money in 万元, a count with a magnitude as the plain
        /// count; nil for a bare magnitude.
        func base(value: Decimal) -> Figure.BaseValue? {
            guard let word else { return nil }
            let wordText = MeasureUnit.words[word]
            guard let magnitude, let factor = MeasureUnit.magnitudes[magnitude] else {
                if isMoney { return Figure.BaseValue(value: value * MeasureUnit.yuanPerWanYuan, unit: "万元") }
                return Figure.BaseValue(value: value, unit: text)
            }
            guard isMoney else { return Figure.BaseValue(value: value * factor, unit: wordText) }
            // 万元 is the base itself; 1 亿元 is 10000 万元.
            return magnitude == "万" ? Figure.BaseValue(value: value, unit: text) : Figure.BaseValue(value: value * MeasureUnit.wanPerYi, unit: "万元")
        }
    }
}
