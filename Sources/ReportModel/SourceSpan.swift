/// A range in the stored report text. Lines and columns are 1-based; columns count Unicode
/// scalars (SARIF `columnKind: unicodeCodePoints`), and `endColumn` is exclusive.
public struct SourceSpan: Codable, Hashable, Sendable {
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int

    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// The smallest span covering both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        let start = min((startLine, startColumn), (other.startLine, other.startColumn), by: <)
        let end = max((endLine, endColumn), (other.endLine, other.endColumn), by: <)
        return SourceSpan(startLine: start.0, startColumn: start.1, endLine: end.0, endColumn: end.1)
    }
}

extension SourceSpan: CustomStringConvertible {
    public var description: String {
        startLine == endLine ? "\(startLine):\(startColumn)" : "\(startLine):\(startColumn)-\(endLine):\(endColumn)"
    }
}

private func min<T>(_ a: T, _ b: T, by less: (T, T) -> Bool) -> T { less(b, a) ? b : a }
private func max<T>(_ a: T, _ b: T, by less: (T, T) -> Bool) -> T { less(a, b) ? b : a }
