import Localization
import TextEscaping

/// The diff as Markdown for a review thread: tables of changed cells and figures, and each
/// changed paragraph with deletions struck through and additions in bold.
public struct MarkdownRenderer {
    public let language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ document: DiffDocument) -> String {
        let changes = document.changes
        var lines = [language("# Changes ", "# 变化：") + MarkdownText.escape(document.title), "", "**\(changes.summary.line(in: language))**"]
        if !changes.tables.cells.isEmpty {
            lines += ["", language("## Changed cells", "## 变化的单元格"), "",
                      language("| row | column | old | new | change | line |", "| 行 | 列 | 原数 | 新数 | 变动 | 行号 |"), "|---|---|---:|---:|---:|---:|"]
            lines += changes.tables.cells.map { cell in
                let row = ChangeWording.row(table: cell.table, side: cell.side, code: cell.code, label: cell.row)
                return "| \(MarkdownText.escape(row)) | \(MarkdownText.escape(cell.column)) | \(cell.old?.printed ?? "—") | \(cell.new?.printed ?? "—") | \(cell.change.description) | \(document.cell(new: cell.line, in: language)) |"
            }
        }
        let tables = changes.tables
        if !tables.rows.isEmpty || !tables.parts.isEmpty {
            lines += ["", language("## Tables, columns and rows added or removed", "## 增加或删除的表、列和行"), ""]
            lines += tables.parts.map { "- \(MarkdownText.escape($0.description(in: language)))" }
            lines += tables.rows.map { "- \(MarkdownText.escape(ChangeWording.row($0, in: language)))" }
        }
        if !changes.paragraphs.isEmpty {
            lines += ["", language("## Paragraphs", "## 段落"), ""]
            lines += changes.paragraphs.map { paragraph($0, in: document) }
        }
        if !changes.figures.isEmpty {
            lines += ["", language("## Figures", "## 数字"), "", language("| figure | old | new | change | lines |", "| 数字 | 原数 | 新数 | 变动 | 行号 |"), "|---|---:|---:|---:|---|"]
            lines += changes.figures.map { figure in
                let unit = figure.unit.map { " " + $0 } ?? ""
                return "| \(MarkdownText.escape(figure.phrase)) | \(figure.old.printed)\(unit) | \(figure.new.printed)\(unit) | \(figure.change.description) | \(document.cell(old: figure.oldLine, in: language)) → \(document.cell(new: figure.newLine, in: language)) |"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func paragraph(_ change: ParagraphChange, in document: DiffDocument) -> String {
        let heading = "- **\(ChangeWording.kind(change, language))** (\(ChangeWording.lines(change, in: document, language))): "
        switch change.kind {
        case .added: return heading + "**\(MarkdownText.escape(change.new?.text ?? ""))**"
        case .removed: return heading + "~~\(MarkdownText.escape(change.old?.text ?? ""))~~"
        case .moved where change.edits.isEmpty: return heading + MarkdownText.escape(ChangeWording.opening(change.new?.text ?? ""))
        case .edited, .moved: return heading + inline(change.edits)
        }
    }

    private func inline(_ edits: [InlineEdit]) -> String {
        edits.enumerated().map { index, edit in
            switch edit.kind {
            case .same:
                return MarkdownText.escape(ChangeWording.elided(edit.old ?? "", afterChange: index > 0, beforeChange: index < edits.count - 1))
            case .deleted: return "~~\(MarkdownText.escape(edit.old ?? ""))~~"
            case .inserted: return "**\(MarkdownText.escape(edit.new ?? ""))**"
            case .replaced: return "~~\(MarkdownText.escape(edit.old ?? ""))~~**\(MarkdownText.escape(edit.new ?? ""))**"
            case .number: return "**\(MarkdownText.escape(ChangeWording.number(edit)))**"
            }
        }.joined()
    }
}
