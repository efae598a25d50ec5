import Foundation
import Localization

extension Report {
    /// A readable outline: headings indented by level with their lines, then each table with
    /// its sides, columns and row count, then counts of paragraphs and figures. With the pages of
    /// a PDF's text, each place says its page too ("p. 5, lines 53-87").
    public func outline(pages: PageMap? = nil, language: Language = .en) -> String {
        var lines: [String] = []
        for section in sections {
            let indent = String(repeating: "  ", count: section.level - 1)
            lines.append("\(indent)\(section.marker) \(section.title)  [\(Self.place(section.span, pages, single: true, language))]")
        }
        lines.append("")
        for table in tables {
            let note = (table.isEmpty ? language("  (empty: ", "  （空表：") + table.notes.joined(separator: " ") + language(")", "）") : "")
                + (table.columnsAligned ? "" : language("  (columns do not line up in the text: not checked)", "  （文本中各列未对齐：未核对）"))
            let name = table.number.map { "\($0) \(table.title)" } ?? table.title
            lines.append("\(name)  [\(Self.place(table.span, pages, single: false, language))]\(note)")
            for side in table.sides {
                let name = side.name.map { "\($0): " } ?? ""
                let columns = side.columns.joined(separator: " | ")
                lines.append("  \(name)" + language("\(side.rows.count) rows; columns: \(columns)", "\(side.rows.count) 行；列：\(columns)"))
            }
        }
        lines.append("")
        lines.append(language(
            "\(paragraphs.count) paragraphs, \(figures.count) figures, \(lineCount) lines",
            "段落 \(paragraphs.count) 个，数字 \(figures.count) 个，共 \(lineCount) 行"
        ))
        return lines.joined(separator: "\n") + "\n"
    }

    /// "line 8", "lines 53-87", with a page map "p. 5, lines 53-87" or "pp. 6-7, lines 88-115";
    /// "第 5 页，第 53-87 行" in Chinese.
    private static func place(_ span: SourceSpan, _ pages: PageMap?, single: Bool, _ language: Language) -> String {
        let lines = single ? language("line \(span.startLine)", "第 \(span.startLine) 行") : language("lines \(span.startLine)-\(span.endLine)", "第 \(span.startLine)-\(span.endLine) 行")
        guard let pages, pages.hasPages else { return lines }
        let first = pages.page(ofLine: span.startLine), last = pages.page(ofLine: span.endLine)
        let onPages = single || first == last ? language("p. \(first)", "第 \(first) 页") : language("pp. \(first)-\(last)", "第 \(first)-\(last) 页")
        return onPages + language(", ", "，") + lines
    }
}
