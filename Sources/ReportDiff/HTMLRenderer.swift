import Localization
import TextEscaping

/// The diff as one self-contained HTML page a reviewer can open offline: no scripts, no
/// external files. Deleted text is red and struck through, added text blue, moved paragraphs
/// green; changed paragraphs are shown whole.
public struct HTMLRenderer {
    public let language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ document: DiffDocument) -> String {
        let changes = document.changes
        var body = [
            "<h1>\(language("Changes ", "变化："))\(HTMLText.escape(document.title))</h1>",
            "<p class=\"summary\">\(HTMLText.escape(changes.summary.line(in: language)))</p>",
        ]
        if !changes.tables.cells.isEmpty {
            body.append("<h2>\(language("Changed cells", "变化的单元格"))</h2>")
            body.append(language(
                "<table><tr><th>row</th><th>column</th><th>old</th><th>new</th><th>change</th><th>line</th></tr>",
                "<table><tr><th>行</th><th>列</th><th>原数</th><th>新数</th><th>变动</th><th>行号</th></tr>"
            ))
            body += changes.tables.cells.map { cell in
                let row = ChangeWording.row(table: cell.table, side: cell.side, code: cell.code, label: cell.row)
                return "<tr><td>\(HTMLText.escape(row))</td><td>\(HTMLText.escape(cell.column))</td><td class=\"num\"><del>\(HTMLText.escape(cell.old?.printed ?? "—"))</del></td><td class=\"num\"><ins>\(HTMLText.escape(cell.new?.printed ?? "—"))</ins></td><td class=\"num\">\(HTMLText.escape(cell.change.description))</td><td class=\"num\">\(document.cell(new: cell.line, in: language))</td></tr>"
            }
            body.append("</table>")
        }
        let tables = changes.tables
        if !tables.rows.isEmpty || !tables.parts.isEmpty {
            body.append("<h2>\(language("Tables, columns and rows added or removed", "增加或删除的表、列和行"))</h2><ul>")
            body += tables.parts.map { part in
                let text = HTMLText.escape(part.description(in: language))
                return part.kind == .added ? "<li><ins>\(text)</ins></li>" : "<li><del>\(text)</del></li>"
            }
            body += tables.rows.map { row in
                let text = HTMLText.escape(ChangeWording.row(row, in: language))
                return row.kind == .added ? "<li><ins>\(text)</ins></li>" : "<li><del>\(text)</del></li>"
            }
            body.append("</ul>")
        }
        if !changes.paragraphs.isEmpty {
            body.append("<h2>\(language("Paragraphs", "段落"))</h2>")
            body += changes.paragraphs.map { paragraph($0, in: document) }
        }
        if !changes.figures.isEmpty {
            body.append("<h2>\(language("Figures", "数字"))</h2>")
            body.append(language(
                "<table><tr><th>figure</th><th>old</th><th>new</th><th>change</th><th>lines</th></tr>",
                "<table><tr><th>数字</th><th>原数</th><th>新数</th><th>变动</th><th>行号</th></tr>"
            ))
            body += changes.figures.map { figure in
                let unit = HTMLText.escape(figure.unit.map { " " + $0 } ?? "")
                return "<tr><td>\(HTMLText.escape(figure.phrase))</td><td class=\"num\"><del>\(HTMLText.escape(figure.old.printed))</del>\(unit)</td><td class=\"num\"><ins>\(HTMLText.escape(figure.new.printed))</ins>\(unit)</td><td class=\"num\">\(HTMLText.escape(figure.change.description))</td><td>\(document.cell(old: figure.oldLine, in: language)) → \(document.cell(new: figure.newLine, in: language))</td></tr>"
            }
            body.append("</table>")
        }
        return """
        <!DOCTYPE html>
        <html lang="\(language("en", "zh-CN"))">
        <head>
        <meta charset="utf-8">
        <title>\(HTMLText.escape(document.title))</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    private static let style = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:60em;margin:2em auto;line-height:1.6}
    del{color:#b00020;background:#fde7ea;text-decoration:line-through}
    ins{color:#0b57d0;background:#e3ecfd;text-decoration:none}
    .moved{color:#137333;background:#e6f4ea}
    .summary{font-weight:bold}
    .paragraph{margin:1em 0;padding-left:1em;border-left:3px solid #ccc}
    .paragraph.moved{border-color:#137333}
    .where{color:#666;font-size:90%}
    table{border-collapse:collapse}
    td,th{border:1px solid #ccc;padding:2px 6px}
    .num{text-align:right;white-space:nowrap}
    """

    private func paragraph(_ change: ParagraphChange, in document: DiffDocument) -> String {
        let section = (change.new ?? change.old)?.section.map { " · " + HTMLText.escape($0) } ?? ""
        let place = ChangeWording.kind(change, language) + language(", ", "，") + ChangeWording.lines(change, in: document, language)
        let heading = "<div class=\"where\">\(HTMLText.escape(place))\(section)</div>"
        let content: String
        switch change.kind {
        case .added: content = "<ins>\(HTMLText.escape(change.new?.text ?? ""))</ins>"
        case .removed: content = "<del>\(HTMLText.escape(change.old?.text ?? ""))</del>"
        case .moved where change.edits.isEmpty: content = "<span class=\"moved\">\(HTMLText.escape(change.new?.text ?? ""))</span>"
        case .edited, .moved: content = change.edits.map(inline).joined()
        }
        let moved = change.kind == .moved ? " moved" : ""
        return "<div class=\"paragraph\(moved)\">\(heading)<p>\(content)</p></div>"
    }

    private func inline(_ edit: InlineEdit) -> String {
        switch edit.kind {
        case .same: return HTMLText.escape(edit.old ?? "")
        case .deleted: return "<del>\(HTMLText.escape(edit.old ?? ""))</del>"
        case .inserted: return "<ins>\(HTMLText.escape(edit.new ?? ""))</ins>"
        case .replaced: return "<del>\(HTMLText.escape(edit.old ?? ""))</del><ins>\(HTMLText.escape(edit.new ?? ""))</ins>"
        case .number:
            let unit = edit.unit.map { $0.isEmpty ? "" : " " + $0 } ?? ""
            return "<del>\(HTMLText.escape(edit.old ?? ""))</del> → <ins>\(HTMLText.escape(edit.new ?? ""))</ins>\(HTMLText.escape(unit))"
        }
    }
}
