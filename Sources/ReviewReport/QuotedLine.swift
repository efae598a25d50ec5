/// One line of the stored text, quoted beside a finding with its line number.
public struct QuotedLine: Hashable, Sendable {
    public var number: Int
    public var text: String
    /// Whether the finding's span covers this line (the others are context).
    public var isCited: Bool

    /// The cited lines of `text` and one line either side, blank lines skipped.
    static func around(startLine: Int, endLine: Int, in lines: [Substring]) -> [QuotedLine] {
        let first = max(1, startLine - 1)
        let last = min(lines.count, endLine + 1)
        guard first <= last else { return [] }
        return (first...last).compactMap { number in
            let text = lines[number - 1].trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : QuotedLine(number: number, text: text, isCited: (startLine...endLine).contains(number))
        }
    }
}
