import CheckerKit
import ReportModel

/// A passage as a finding. A substantive copy is a warning: the later copy is the primary
/// location (the one more likely pasted), the earlier one related, and the message gives
/// size, similarity and what differs. A copy too short to be substantive is a note.
struct PassageFindings {
    let places: Places
    let formulas: FormulaClusters
    let settings: Settings
    /// How many differences a message lists before summarising the rest.
    static let listedDifferences = 6

    private var sentences: [Sentence] { places.sentences }

    func finding(_ passage: Passage) -> Finding {
        let aligned = passage.pairs.map { AlignedPair($0, sentences: sentences, settings: settings) }
        let original = aligned.filter { !formulas.isFormula($0.second.sentence) }.reduce(0) { $0 + $1.second.range.count }
        let differences = self.differences(aligned)
        // A sentence repeated word for word inside one paragraph is never intended, however short.
        let stutter = differences.isEmpty && isWithinOneParagraph(aligned)
        let substantive = original >= settings.substantiveLength || stutter
        let rule = substantive ? Rule.copiedPassage : Rule.repeatedFormula
        let (first, second) = (aligned.first!, aligned.last!)
        let passage = describe(aligned, substantive: substantive), jaccard = format(similarity(aligned)), differs = Self.describe(differences)
        let message = LocalizedText(
            en: "\(passage.en); Jaccard \(jaccard); \(differs.en)",
            zh: "\(passage.zh)；杰卡德相似度 \(jaccard)；\(differs.zh)"
        )
        return Finding(
            ruleID: rule.id,
            level: rule.level,
            message: message,
            locations: [places.location(from: first.second, to: second.second, note: LocalizedText(en: "later copy", zh: "后一处雷同"))],
            relatedLocations: [places.location(from: first.first, to: second.first, note: LocalizedText(en: "earlier copy", zh: "前一处雷同"))],
            identity: String(String.UnicodeScalarView(text(from: first.second, to: second.second)))
        )
    }

    private func describe(_ aligned: [AlignedPair], substantive: Bool) -> LocalizedText {
        let (start, end) = (aligned.first!, aligned.last!)
        let length = aligned.reduce(0) { $0 + $1.second.range.count }
        let paragraphs = Set(aligned.map { sentences[$0.second.sentence].paragraph }).count
        let sameParagraph = isWithinOneParagraph(aligned)
        let extent = "\(aligned.count) sentence\(aligned.count == 1 ? "" : "s") (\(length) characters\(paragraphs > 1 ? ", \(paragraphs) paragraphs" : ""))"
        let extentZh = "\(aligned.count) 句（\(length) 字\(paragraphs > 1 ? "，\(paragraphs) 段" : "")）"
        let opening = ParagraphPlace.quote(sentences[start.second.sentence].text[start.second.range])
        let (later, earlier) = (places.lines(from: start.second, to: end.second), places.lines(from: start.first, to: end.first))
        return LocalizedText(
            en: "\(substantive ? "" : "short passage: ")\(later.en): \(extent) \(opening) repeat \(earlier.en)\(sameParagraph ? " within the same paragraph" : "")",
            zh: "\(substantive ? "疑似复制粘贴：" : "短句重复：")\(later.zh)的 \(extentZh)\(opening)与\(sameParagraph ? "同一段内" : "")\(earlier.zh)重复"
        )
    }

    private func isWithinOneParagraph(_ aligned: [AlignedPair]) -> Bool {
        sentences[aligned.first!.first.sentence].paragraph == sentences[aligned.last!.second.sentence].paragraph
    }

    /// "identical", or the differences, the first `listedDifferences` spelt out.
    static func describe(_ differences: [TextDifference]) -> LocalizedText {
        guard !differences.isEmpty else { return LocalizedText(en: "identical", zh: "完全相同") }
        let listed = differences.prefix(Self.listedDifferences).map(\.wording)
        let more = differences.count - Self.listedDifferences
        return LocalizedText(
            en: "differs in \(differences.count) place\(differences.count == 1 ? "" : "s"): \(listed.map(\.en).joined(separator: "; "))\(more > 0 ? "; and \(more) more" : "")",
            zh: "有 \(differences.count) 处不同：\(listed.map(\.zh).joined(separator: "；"))\(more > 0 ? "；另有 \(more) 处" : "")"
        )
    }

    /// Exact Jaccard of the two copies' shingles, each copy taken whole.
    private func similarity(_ aligned: [AlignedPair]) -> Double {
        let first = Shingles(text(from: aligned.first!.first, to: aligned.last!.first), size: settings.shingleSize)
        let second = Shingles(text(from: aligned.first!.second, to: aligned.last!.second), size: settings.shingleSize)
        return first.similarity(second).jaccard
    }

    /// Differences inside each aligned pair, and the unmatched text between consecutive pairs.
    private func differences(_ aligned: [AlignedPair]) -> [TextDifference] {
        var result: [TextDifference] = []
        for (offset, pair) in aligned.enumerated() {
            if offset > 0 {
                let previous = aligned[offset - 1]
                result += ScalarDiff.differences(between(previous.first, pair.first), between(previous.second, pair.second))
            }
            result += ScalarDiff.differences(Array(sentences[pair.first.sentence].text[pair.first.range]), Array(sentences[pair.second.sentence].text[pair.second.range]))
        }
        return result
    }

    /// The text after `start` and before `end`.
    private func between(_ start: Places.Piece, _ end: Places.Piece) -> [Unicode.Scalar] {
        if start.sentence == end.sentence { return Array(sentences[start.sentence].text[start.range.upperBound..<max(start.range.upperBound, end.range.lowerBound)]) }
        let head = sentences[start.sentence].text[start.range.upperBound...]
        let middle = ((start.sentence + 1)..<end.sentence).flatMap { sentences[$0].text }
        return Array(head) + middle + sentences[end.sentence].text[..<end.range.lowerBound]
    }

    /// All text from the start of `start` to the end of `end`.
    private func text(from start: Places.Piece, to end: Places.Piece) -> [Unicode.Scalar] {
        if start.sentence == end.sentence { return Array(sentences[start.sentence].text[start.range.lowerBound..<max(start.range.lowerBound, end.range.upperBound)]) }
        let head = sentences[start.sentence].text[start.range.lowerBound...]
        let middle = ((start.sentence + 1)..<end.sentence).flatMap { sentences[$0].text }
        return Array(head) + middle + sentences[end.sentence].text[..<end.range.upperBound]
    }

    private func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
