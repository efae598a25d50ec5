/// One printed page of a table, cut into its parts: title, unit, header, body, notes.
struct TablePage {
    let number: String?
    let title: String
    let unit: String?
    let header: [SourceLine]
    let body: [SourceLine]
    let notes: [String]
    let span: SourceSpan
    let chunk: TableChunk

    init(_ chunk: TableChunk) {
        self.chunk = chunk
        number = chunk.number
        var lines = chunk.lines.filter { !$0.isBlank }
        let first = lines.removeFirst()
        let firstTokens = first.tokens.map(\.text)
        var titleParts = chunk.number == nil ? firstTokens[...] : firstTokens.dropFirst(firstTokens.first == "表" ? 2 : 1)
        var unitLine: SourceLine?
        while let line = lines.first, unitLine == nil {
            lines.removeFirst()
            if TablePage.isUnitLine(line) { unitLine = line } else { titleParts.append(line.content) }
        }
        title = titleParts.joined()
        unit = unitLine.flatMap { TablePage.unit(in: $0.content) }
        let noteStart = lines.firstIndex(where: TableChunk.isNote) ?? lines.endIndex
        let headerEnd = TablePage.headerEnd(lines[..<noteStart])
        header = Array(lines[..<headerEnd])
        body = Array(lines[headerEnd..<noteStart])
        notes = TablePage.notes(lines[noteStart...])
        let last = chunk.lines.last { !$0.isBlank } ?? first
        span = SourceSpan(startLine: first.number, startColumn: 1, endLine: last.number, endColumn: last.contentEnd + 1)
    }

    private static let unitMarks: [[Unicode.Scalar]] = ["单位：", "单位:", "金额单位"].map { Array($0.unicodeScalars) }

    /// "单位：万元" or "金额单位：万元", alone or after "部门：…": not a title that has 单位 in it.
    static func isUnitLine(_ line: SourceLine) -> Bool {
        unitMarks.contains { line.scalars.contains(word: $0) }
    }

    /// "万元" from "部门：… 单位：万元".
    static func unit(in content: String) -> String? {
        guard let range = content.range(of: "单位：") ?? content.range(of: "单位:") ?? content.range(of: "金额单位") else { return nil }
        let rest = content[range.upperBound...].drop { $0 == "：" || $0 == ":" || $0 == " " }
        let unit = rest.prefix { !$0.isWhitespace }
        return unit.isEmpty ? nil : String(unit)
    }

    /// The header ends after the column-number line (栏次 …) or, where there is none, before
    /// the first line carrying an amount or a bare classification code.
    static func headerEnd(_ lines: ArraySlice<SourceLine>) -> Int {
        if let numbering = lines.firstIndex(where: { ColumnNumbering($0) != nil }) { return numbering + 1 }
        return lines.firstIndex { line in
            line.tokens.contains { $0.amount?.decimals ?? 0 > 0 }
                || (line.tokens.count == 1 && ClassificationCode.isCode(line.tokens[0].scalars))
        } ?? lines.endIndex
    }

    /// Note lines, one entry per note item, "注：" removed.
    static func notes(_ lines: ArraySlice<SourceLine>) -> [String] {
        var notes: [String] = []
        for line in lines where !PageNumber.matches(line) {
            var content = Substring(line.content)
            if content.hasPrefix("注：") || content.hasPrefix("注:") { content = content.dropFirst(2) }
            let startsItem = notes.isEmpty || HeadingMarker.at(ArraySlice(content.unicodeScalars)) != nil
            if startsItem { notes.append(String(content)) } else { notes[notes.count - 1] += content }
        }
        return notes.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}

/// The line numbering the columns: "栏次 1 2 3", "栏 次 1 栏 次 2 3 4 5", or "1 2 … 12".
struct ColumnNumbering {
    /// Column counts per side, left to right.
    let counts: [Int]

    init?(_ line: SourceLine) {
        guard let lead = line.tokens.first?.scalars.first, lead == "栏" || ("0"..."9").contains(lead),
              line.tokens.allSatisfy(ColumnNumbering.mayBePart)
        else { return nil }
        let tokens = line.tokens.map(\.text)
        var groups: [[Int]] = []
        var sawLabel = false
        for token in tokens {
            if token.hasPrefix("栏") {
                if !sawLabel { groups.append([]) }
                sawLabel = true
            } else if token == "次" {
                continue
            } else if let number = Int(token) {
                if groups.isEmpty { groups.append([]) }
                groups[groups.count - 1].append(number)
                sawLabel = false
            } else {
                return nil
            }
        }
        let numbers = groups.flatMap { $0 }
        let labelled = tokens.contains { $0.hasPrefix("栏") }
        guard !numbers.isEmpty, numbers == Array(numbers[0]..<(numbers[0] + numbers.count)),
              labelled || numbers.count >= 3
        else { return nil }
        counts = groups.map(\.count).filter { $0 > 0 }
    }

    /// Only 栏…, 次 and integers make up the line: a token starting otherwise rules out a
    /// table's body line before any of its tokens becomes a string.
    private static func mayBePart(_ token: Token) -> Bool {
        guard let first = token.scalars.first else { return false }
        return first == "栏" || first == "次" || first == "+" || first == "-" || ("0"..."9").contains(first)
    }
}

/// 功能分类 (3/5/7 digits) and 经济分类 (3/5 digits) codes.
enum ClassificationCode {
    static func isCode<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar {
        let count = scalars.count
        return (count == 3 || count == 5 || count == 7) && scalars.allSatisfy { ("0"..."9").contains($0) }
    }
}

/// A bare page number between pages (" 8 ", " 16 ").
enum PageNumber {
    static func matches(_ line: SourceLine) -> Bool {
        guard line.tokens.count == 1 else { return false }
        let scalars = line.tokens[0].scalars
        return scalars.count <= 3 && scalars.allSatisfy { ("0"..."9").contains($0) }
    }
}
