/// Untrusted text as literal Markdown: what a renderer with HTML enabled would otherwise read as
/// markup (emphasis, links, images, raw HTML such as `<script>`, table cell boundaries).
public enum MarkdownText {
    /// ASCII punctuation that CommonMark or GitHub tables read as markup; a backslash before
    /// any of them makes it a literal character.
    private static let markup: Set<Character> = ["\\", "`", "*", "_", "[", "]", "|", "~", "<", ">", "#"]

    /// Inline text for a paragraph, heading, list item or table cell: markup characters
    /// backslash-escaped, line breaks turned into spaces so the text stays in its block, other
    /// control characters shown as in a terminal (a Markdown report is often read in one).
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in TerminalText.show(text, keeping: { $0 == "\t" || $0.properties.isWhitespace }) {
            if character.isNewline {
                escaped.append(" ")
                continue
            }
            if markup.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// A code fence that none of `lines` can close: longer than any run of backticks in them.
    public static func fence(for lines: [String]) -> String {
        let longest = lines.map(longestBacktickRun).max() ?? 0
        return String(repeating: "`", count: max(3, longest + 1))
    }

    private static func longestBacktickRun(_ line: String) -> Int {
        var longest = 0, current = 0
        for character in line {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
