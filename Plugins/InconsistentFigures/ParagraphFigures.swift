import ReportModel

/// Each narrative paragraph's figures in text order, with the paragraph's scalars: what the
/// rules that read a sentence's figures side by side (growth, completion) walk. Read once for
/// every rule, so the words before each figure are kept once read.
final class ParagraphFigures {
    let figures: [Figure]
    let scalars: [Unicode.Scalar]
    private var wordsBefore: [Int: String] = [:]
    private var clausesBefore: [Int: String] = [:]

    init(figures: [Figure], scalars: [Unicode.Scalar]) {
        self.figures = figures
        self.scalars = scalars
    }

    static func all(_ report: Report) -> [ParagraphFigures] {
        let byParagraph = Dictionary(grouping: report.figures, by: \.paragraph)
        return byParagraph.keys.sorted().map { index in
            ParagraphFigures(
                figures: byParagraph[index]!.sorted { $0.range.lowerBound < $1.range.lowerBound },
                scalars: Array(report.paragraphs[index].text.unicodeScalars)
            )
        }
    }

    /// The words between the figure before `index` (or the paragraph's start) and the figure at
    /// `index`, without blanks: "，比上年决算数增加".
    func words(before index: Int) -> String {
        if let known = wordsBefore[index] { return known }
        let words = readWords(before: index)
        wordsBefore[index] = words
        return words
    }

    private func readWords(before index: Int) -> String {
        let start = index > 0 ? figures[index - 1].range.upperBound : 0
        let end = figures[index].range.lowerBound
        guard start <= end else { return "" }
        return scalars[start..<end].withoutBlanks
    }

    private static let clauseMarks: Set<Unicode.Scalar> = Set("，、：；。（）(),:;！？".unicodeScalars)

    /// The words of the figure's own clause before it, back to a clause mark or the previous
    /// figure, without blanks: "认证成功企业数" after "…16 个地市），", "提升到" in "由 36.49%提升到
    /// 90.18%".
    func clause(before index: Int) -> String {
        if let known = clausesBefore[index] { return known }
        let clause = readClause(before: index)
        clausesBefore[index] = clause
        return clause
    }

    private func readClause(before index: Int) -> String {
        let figure = figures[index]
        let mark = scalars[..<figure.range.lowerBound].lastIndex(where: Self.clauseMarks.contains).map { $0 + 1 } ?? 0
        let start = max(mark, index > 0 ? figures[index - 1].range.upperBound : 0)
        guard start <= figure.range.lowerBound else { return "" }
        return scalars[start..<figure.range.lowerBound].withoutBlanks
    }
}
