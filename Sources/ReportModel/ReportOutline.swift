import Foundation

extension Report {
    /// A readable outline: headings indented by level with their lines, then each table with
    /// its sides, columns and row count, then counts of paragraphs and figures. With the pages of
    /// a PDF's text, each place says its page too ("p. 5, lines 53-87").
    public func outline(pages: PageMap? = nil) -> String {
        var lines: [String] = []
        for section in sections {
            let indent = String(repeating: "  ", count: section.level - 1)
            lines.append("\(indent)\(section.marker) \(section.title)  [\(Self.place(section.span, pages, single: true))]")
        }
        lines.append("")
        for table in tables {
            let note = (table.isEmpty ? "  (empty: \(table.notes.joined(separator: " ")))" : "")
                + (table.columnsAligned ? "" : "  (columns do not line up in the text: not checked)")
            let name = table.number.map { "\($0) \(table.title)" } ?? table.title
            lines.append("\(name)  [\(Self.place(table.span, pages, single: false))]\(note)")
            for side in table.sides {
                let name = side.name.map { "\($0): " } ?? ""
                lines.append("  \(name)\(side.rows.count) rows; columns: \(side.columns.joined(separator: " | "))")
            }
        }
        lines.append("")
        lines.append("\(paragraphs.count) paragraphs, \(figures.count) figures, \(lineCount) lines")
        return lines.joined(separator: "\n") + "\n"
    }

    /// "line 8", "lines 53-87", with a page map "p. 5, lines 53-87" or "pp. 6-7, lines 88-115".
    private static func place(_ span: SourceSpan, _ pages: PageMap?, single: Bool) -> String {
        let lines = single ? "line \(span.startLine)" : "lines \(span.startLine)-\(span.endLine)"
        guard let pages, pages.hasPages else { return lines }
        let first = pages.page(ofLine: span.startLine), last = pages.page(ofLine: span.endLine)
        return (single || first == last ? "p. \(first)" : "pp. \(first)-\(last)") + ", " + lines
    }
}
