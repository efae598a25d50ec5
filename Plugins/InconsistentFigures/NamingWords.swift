import ReportModel

/// The words that name what a figure counts, as this checker compares them: the text before
/// the number back to the previous figure or the start of its sentence, without punctuation,
/// blanks and the figure's date. Chinese puts every modifier before the head noun, so these
/// words carry the scope ("大厅自启用以来累计接待群众和企业人数"); the report model's phrase
/// may instead be the noun counted after a measure word ("12 个系统"), which says what is
/// counted but not whose, so the checker reads the words itself from the paragraph.
enum NamingWords {
    private static let sentenceEnds: Set<Unicode.Scalar> = Set("。；！？;!?".unicodeScalars)
    private static let clauseEnds: Set<Unicode.Scalar> = Set("，、：,:".unicodeScalars)
    private static let dropped: Set<Unicode.Scalar> = Set("，、：,:“”\"《》（）()「」【】·—-".unicodeScalars)
    /// Conjunctions that open a clause without naming anything.
    private static let leads = ["其中", "以及", "及", "和"]
    /// Longer runs are cut at their last comma: a sentence's opening rarely names the figure.
    private static let maximumLength = 40

    static func of(_ figure: Figure, after previous: Figure?, in scalars: [Unicode.Scalar]) -> String {
        let end = figure.range.lowerBound
        let sentenceStart = (scalars[..<end].lastIndex { sentenceEnds.contains($0) } ?? -1) + 1
        var start = max(sentenceStart, previous?.range.upperBound ?? 0)
        if end - start > maximumLength {
            start = scalars[start..<end].lastIndex { clauseEnds.contains($0) }.map { $0 + 1 } ?? end - maximumLength
        }
        var words = String(String.UnicodeScalarView(scalars[start..<end].filter { !$0.isBlank && !dropped.contains($0) }))
        if let time = figure.time { words = words.removingAll(time) }
        if let lead = leads.first(where: { words.hasPrefix($0) && words.count > $0.count + 1 }) {
            words.removeFirst(lead.count)
        }
        return words
    }
}
