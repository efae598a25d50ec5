/// One table chunk of layout text cut into header words and body lines (title, unit and notes
/// are `TablePage`'s).
struct LayoutPage {
    let header: [LayoutWord]
    /// Body lines as words; an empty line stands for a blank line or a page break, which
    /// no row spans.
    let body: [[LayoutWord]]

    init(_ chunk: TableChunk) {
        var lines = chunk.lines
        if let unitIndex = lines.firstIndex(where: TablePage.isUnitLine) { lines.removeFirst(unitIndex + 1) } else { lines.removeFirst() }
        let noteStart = lines.firstIndex(where: LayoutPage.isNote) ?? lines.endIndex
        var header: [LayoutWord] = []
        var body: [[LayoutWord]] = []
        var labelZoneEnd = 0
        var repeatingHeader = false
        var lastHeaderLine: [LayoutWord] = []
        for line in lines[..<noteStart] {
            var words = LayoutWord.words(line)
            let pageBreak = line.scalars.first == "\u{0C}"
            if pageBreak || words.isEmpty { if !body.isEmpty { body.append([]) } }
            if pageBreak { repeatingHeader = !body.isEmpty }
            // A continuation page may print the header again before its first row.
            if repeatingHeader, !words.isEmpty {
                if LayoutPage.startsBody(words, labelZoneEnd: labelZoneEnd) || !words.contains(where: LayoutPage.isHeaderWord) {
                    repeatingHeader = false
                } else {
                    continue
                }
            }
            let parts = words.filter { TableVocabulary.codeParts.contains($0.text) }
            if parts.count >= 2 {
                header += parts
                words.removeAll { TableVocabulary.codeParts.contains($0.text) }
            }
            guard !words.isEmpty else { continue }
            if !body.isEmpty || LayoutPage.startsBody(words, labelZoneEnd: labelZoneEnd) {
                if body.isEmpty, LayoutPage.isWrappedLabelAbove(lastHeaderLine, firstRow: words) {
                    header.removeAll { word in lastHeaderLine.contains { $0.line == word.line } }
                    body.append(lastHeaderLine)
                }
                let headerWords = body.isEmpty ? words.filter { $0.x >= labelZoneEnd && !$0.isValue && TableVocabulary.columnName($0.text) != nil } : []
                header += headerWords
                body.append(words.filter { word in !headerWords.contains { $0.x == word.x } })
            } else {
                header += words
                lastHeaderLine = words
                for word in words where TableVocabulary.labelHeaders.contains(word.text) && !TableVocabulary.codeParts.contains(word.text) {
                    labelZoneEnd = max(labelZoneEnd, word.end)
                }
            }
        }
        self.header = header
        self.body = body
    }

    /// A line carrying an amount, a leading code or a row label in the label columns.
    private static func startsBody(_ words: [LayoutWord], labelZoneEnd: Int) -> Bool {
        if words.contains(where: \.isValue) { return true }
        let first = words[0]
        if first.isDigits, [3, 5, 7].contains(first.scalars.count) { return true }
        let text = first.text
        return labelZoneEnd > 0 && first.x < labelZoneEnd && LayoutRowLabel.startsRow(text)
    }

    /// The first row's code printed without its label, whose first line above is no header
    /// text: that line is the row's ("一般公共服务 / 201 … / 支出").
    private static func isWrappedLabelAbove(_ line: [LayoutWord], firstRow: [LayoutWord]) -> Bool {
        guard let code = firstRow.first, code.isDigits, firstRow.dropFirst().allSatisfy(\.isValue), !line.isEmpty else { return false }
        return line.allSatisfy { word in !word.isValue && !TableVocabulary.headerWords.contains { $0.contains(word.text) } }
    }

    private static func isHeaderWord(_ word: LayoutWord) -> Bool {
        TableVocabulary.headerWords.contains { $0.hasPrefix(word.text) } && !LayoutRowLabel.startsRow(word.text)
    }

    static func isNote(_ line: SourceLine) -> Bool {
        let content = line.content
        return TableVocabulary.notePrefixes.contains { content.hasPrefix($0) }
    }
}

/// Row labels of tables without codes: an ordinal ("一、") or a summary row's name starts a
/// row; any other label text continues the row above.
enum LayoutRowLabel {
    static func startsRow(_ label: String) -> Bool {
        hasOrdinal(label) || TableVocabulary.rowLabels.contains { label.hasPrefix($0) }
    }

    private static let numerals = Set("一二三四五六七八九十")

    /// "一、…", "二十六、…".
    static func hasOrdinal(_ label: String) -> Bool {
        let numeral = label.prefix { numerals.contains($0) }
        return !numeral.isEmpty && label.dropFirst(numeral.count).first == "、"
    }
}
