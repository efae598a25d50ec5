import Foundation

/// Reads narrative lines into paragraph drafts and the small tables embedded among them.
struct NarrativeReader {
    private(set) var drafts: [ParagraphAssembler.Draft] = []
    private(set) var tables: [Table] = []

    init(_ lines: [SourceLine]) {
        var draft = ParagraphAssembler.Draft()
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.isBlank || PageNumber.matches(line) { continue }
            if draft.isEmpty, let numbered = NumberedTable.read(at: index - 1, in: lines) {
                tables.append(numbered.table)
                index += numbered.lineCount - 1
                continue
            }
            if var inline = InlineTable.read(at: index - 1, in: lines) {
                if let title = NarrativeReader.title(before: draft, drafts) { inline.table.title = title }
                finish(&draft)
                tables.append(inline.table)
                index += inline.lineCount - 1
                continue
            }
            if !draft.isEmpty, ParagraphAssembler.opens(line) { finish(&draft) }
            draft.append(line)
            if ParagraphAssembler.ends(line) { finish(&draft) }
        }
        finish(&draft)
    }

    private mutating func finish(_ draft: inout ParagraphAssembler.Draft) {
        if !draft.isEmpty { drafts.append(draft) }
        draft = ParagraphAssembler.Draft()
    }

    /// The sentence just before an embedded table names it ("…接口调用情况", "…访问量如下").
    private static func title(before draft: ParagraphAssembler.Draft, _ drafts: [ParagraphAssembler.Draft]) -> String? {
        guard let previous = draft.isEmpty ? drafts.last : draft else { return nil }
        let text = previous.text
        // The last sentence, found from the end: splitting the whole paragraph costs more.
        let endsSentence: (Character) -> Bool = { "。；".contains($0) }
        guard let lastCharacter = text.lastIndex(where: { !endsSentence($0) }) else { return nil }
        let end = text.index(after: lastCharacter)
        let start = text[..<end].lastIndex(where: endsSentence).map(text.index(after:)) ?? text.startIndex
        let title = text[start..<end].trimmingCharacters(in: CharacterSet(charactersIn: " ：:"))
        return title.isEmpty || title.count > 40 ? nil : title
    }
}
