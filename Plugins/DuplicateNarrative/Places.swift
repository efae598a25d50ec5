import CheckerKit
import ReportModel

/// Where sentences stand in a report, for finding locations: the source span, and a logical
/// place (innermost heading and the opening words) that survives edits elsewhere.
struct Places {
    let report: Report
    let sentences: [Sentence]

    /// Part of a sentence: a range of its whitespace-free text.
    struct Piece {
        let sentence: Int
        let range: Range<Int>
    }

    func whole(_ sentence: Int) -> Piece {
        Piece(sentence: sentence, range: 0..<sentences[sentence].text.count)
    }

    func location(from start: Piece, to end: Piece, note: LocalizedText? = nil) -> FindingLocation {
        let opening = Array(sentences[start.sentence].text[start.range])
        var location = FindingLocation(
            span: span(from: start, to: end),
            logical: ParagraphPlace.logical(report, paragraph: sentences[start.sentence].paragraph, opening: opening),
            note: note?.en
        )
        location.noteZh = note?.zh
        return location
    }

    func span(from start: Piece, to end: Piece) -> SourceSpan {
        span(start).union(span(end))
    }

    func span(_ piece: Piece) -> SourceSpan {
        let sentence = sentences[piece.sentence]
        return report.paragraphs[sentence.paragraph].span(ofScalarRange: sentence.paragraphRange(piece.range))
    }

    /// "line 1739" or "lines 1739–2177".
    func lines(from start: Piece, to end: Piece) -> LocalizedText {
        let span = span(from: start, to: end)
        return span.startLine == span.endLine
            ? LocalizedText(en: "line \(span.startLine)", zh: "第 \(span.startLine) 行")
            : LocalizedText(en: "lines \(span.startLine)–\(span.endLine)", zh: "第 \(span.startLine)–\(span.endLine) 行")
    }
}
