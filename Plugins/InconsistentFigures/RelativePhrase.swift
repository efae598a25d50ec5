/// Phrases that do not name a quantity of their own, so equal words do not mean an equal
/// quantity:
/// - a change or comparison ("比上年决算数增加", "低于大部分城市", "完成预算") measures the gap
///   between two quantities, and its noun comes after the number ("低于大部分城市 20 分钟的平均
///   办理时间" and "… 15 分钟的平均等待时间");
/// - a part of a whole (after 其中 in the same sentence, or inside parentheses) is named relative
///   to the whole before it: "其中汕尾市 6781 家" of the applicants and "其中汕尾市 7242 家" of
///   the certified are different parts.
enum RelativePhrase {
    private static let comparisons = [
        "比上年", "比年初", "较", "低于", "高于", "超过", "增加", "减少", "增长", "下降", "缩短", "压缩",
        "提升到", "提升至", "节约", "完成预算",
    ]
    private static let sentenceEnds: Set<Unicode.Scalar> = Set("。；！？;!?".unicodeScalars)
    private static let partMarker = Array("其中".unicodeScalars)

    static func isComparison(_ phrase: String) -> Bool {
        comparisons.contains(where: phrase.hasSubstring)
    }

    /// Whether the number at `offset` of `scalars` is a part: inside open parentheses, or after
    /// 其中 in its sentence.
    static func isPart(at offset: Int, in paragraph: ParagraphScan) -> Bool {
        guard !paragraph.isInsideParentheses(at: offset) else { return true }
        let scalars = paragraph.scalars
        let start = scalars[..<offset].lastIndex { sentenceEnds.contains($0) }.map { $0 + 1 } ?? 0
        let sentence = Array(scalars[start..<offset])
        return sentence.indices.contains { sentence[$0...].starts(with: partMarker) }
    }
}
