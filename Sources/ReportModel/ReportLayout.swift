/// Splits the report's lines into narrative runs and table chunks (one chunk per printed
/// page of a table: from its "表 N" line to the next table or the end of the table region).
struct ReportLayout {
    enum Block {
        case narrative([SourceLine])
        case table(TableChunk)
    }

    private(set) var blocks: [Block] = []

    init(_ lines: [SourceLine]) {
        var narrative: [SourceLine] = []
        var chunk: TableChunk?
        for (index, line) in lines.enumerated() {
            if chunk?.isOpeningTitle != true, let start = TableChunk.start(at: index, in: lines) {
                if let open = chunk { blocks.append(.table(open)) }
                if !narrative.isEmpty { blocks.append(.narrative(narrative)) }
                narrative = []
                chunk = start
            } else if let open = chunk, open.endsBefore(line) {
                blocks.append(.table(open))
                chunk = nil
                narrative.append(line)
            } else if chunk != nil {
                chunk!.append(line)
            } else {
                narrative.append(line)
            }
        }
        if let open = chunk { blocks.append(.table(open)) }
        if !narrative.isEmpty { blocks.append(.narrative(narrative)) }
    }
}

/// The lines of one page of a table, starting at its title.
struct TableChunk {
    var number: String?
    private(set) var lines: [SourceLine]
    private(set) var hasNote = false
    /// Still between "表 N" and the unit line: a title here belongs to this table.
    private(set) var isOpeningTitle = true

    init(number: String?, lines: [SourceLine]) {
        self.number = number
        self.lines = []
        lines.forEach { append($0) }
    }

    mutating func append(_ line: SourceLine) {
        lines.append(line)
        if TableChunk.isNote(line) { hasNote = true }
        if TablePage.isUnitLine(line) { isOpeningTitle = false }
    }

    static func isNote(_ line: SourceLine) -> Bool {
        guard let first = line.tokens.first?.scalars, first.count >= 2 else { return false }
        let colon = first[first.startIndex + 1]
        if first.first == "注" { return colon == "：" || colon == ":" }
        return LayoutPage.isNote(line)
    }

    /// A chunk starts at "表 N" (alone or before a title), or at a bare standard title
    /// followed by the unit line, for regions that do not number their tables.
    static func start(at index: Int, in lines: [SourceLine]) -> TableChunk? {
        let line = lines[index]
        guard let firstToken = line.tokens.first, line.scalars[line.firstContentOffset!] == "表" || line.scalars[line.contentEnd - 1] == "表" else { return nil }
        let tokens = line.tokens.map(\.text)
        let first = firstToken.text
        if let number = tableNumber(tokens) {
            let rest = tokens.dropFirst(first == "表" ? 2 : 1)
            guard rest.isEmpty || rest.joined().hasSuffix("表") else { return nil }
            return TableChunk(number: number, lines: [lines[index]])
        }
        let content = tokens.joined()
        guard TableVocabulary.titleEndings.contains(where: content.hasSuffix) || TableVocabulary.isAddedTitle(content),
              content.count <= 40,
              let next = lines[(index + 1)...].prefix(4).first(where: { !$0.isBlank }),
              TablePage.isUnitLine(next)
        else { return nil }
        return TableChunk(number: nil, lines: [lines[index]])
    }

    /// "表1" from "表 1" or "表1".
    private static func tableNumber(_ tokens: [String]) -> String? {
        if tokens[0] == "表", tokens.count > 1, tokens[1].allSatisfy(\.isASCIIDigit) { return "表" + tokens[1] }
        let digits = tokens[0].dropFirst()
        if tokens[0].hasPrefix("表"), !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) { return tokens[0] }
        return nil
    }

    /// The table region ends at the next part or chapter heading once the table's note is
    /// out, or at a part heading in any case.
    func endsBefore(_ line: SourceLine) -> Bool {
        guard let start = line.firstContentOffset, let marker = HeadingMarker.at(line.scalars[start...]) else { return false }
        return marker.level == 1 || (hasNote && marker.level <= 3)
    }
}
