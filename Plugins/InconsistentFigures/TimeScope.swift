import ReportModel

/// The time that qualifies a figure. The report model dates a figure by a time in its own
/// clause up to "；", but a time that opens a sentence qualifies it up to the full stop:
/// "截至 5 月 30 日，…受理事件办结率 89.8%；工作日志累计 171.6 万条" is also as of 30 May.
/// An undated figure therefore takes the time of the nearest earlier dated figure of its
/// sentence.
enum TimeScope {
    private static let fullStops: Set<Unicode.Scalar> = Set("。！？!?".unicodeScalars)

    /// `earlier` is in text order, so the walk back stops at the sentence's start.
    static func time(of figure: Figure, earlier: ArraySlice<Figure>, in scalars: [Unicode.Scalar]) -> String? {
        if let time = figure.time { return time }
        let sentenceStart = scalars[..<figure.range.lowerBound].lastIndex { fullStops.contains($0) } ?? -1
        for candidate in earlier.reversed() {
            guard candidate.range.lowerBound > sentenceStart else { break }
            if let time = candidate.time { return time }
        }
        return nil
    }
}
