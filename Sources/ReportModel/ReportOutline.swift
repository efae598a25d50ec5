import Foundation

extension Report {
    /// A readable outline: headings indented by level with their lines, then each table with
    /// its sides, columns and row count, then counts of paragraphs and figures.
    public var outline: String {
        var lines: [String] = []
        for section in sections {
            let indent = String(repeating: "  ", count: section.level - 1)
            lines.append("\(indent)\(section.marker) \(section.title)  [line \(section.span.startLine)]")
        }
        lines.append("")
        for table in tables {
            let note = (table.isEmpty ? "  (empty: \(table.notes.joined(separator: " ")))" : "")
                + (table.columnsAligned ? "" : "  (columns do not line up in the text: not checked)")
            lines.append("\(table.displayName) \(table.kind == .other && table.number == nil ? "" : table.title)  [lines \(table.span.startLine)-\(table.span.endLine)]\(note)")
            for side in table.sides {
                let name = side.name.map { "\($0): " } ?? ""
                lines.append("  \(name)\(side.rows.count) rows; columns: \(side.columns.joined(separator: " | "))")
            }
        }
        lines.append("")
        lines.append("\(paragraphs.count) paragraphs, \(figures.count) figures, \(lineCount) lines")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The model as JSON with sorted keys, so equal reports print identically.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
