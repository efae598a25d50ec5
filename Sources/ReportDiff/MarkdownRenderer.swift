import TextEscaping

/// The diff as Markdown for a review thread: tables of changed cells and figures, and each
/// changed paragraph with deletions struck through and additions in bold.
public struct MarkdownRenderer {
    public init() {}

    public func render(_ document: DiffDocument) -> String {
        let changes = document.changes
        var lines = ["# Changes \(MarkdownText.escape(document.title))", "", "**\(changes.summary.line)**"]
        if !changes.tables.cells.isEmpty {
            lines += ["", "## Changed cells", "", "| row | column | old | new | change | line |", "|---|---|---:|---:|---:|---:|"]
            lines += changes.tables.cells.map { cell in
                let row = ChangeWording.row(table: cell.table, side: cell.side, code: cell.code, label: cell.row)
                return "| \(MarkdownText.escape(row)) | \(MarkdownText.escape(cell.column)) | \(cell.old?.printed ?? "—") | \(cell.new?.printed ?? "—") | \(cell.change.description) | \(document.cell(new: cell.line)) |"
            }
        }
        let tables = changes.tables
        if !tables.rows.isEmpty || !tables.parts.isEmpty {
            lines += ["", "## Tables, columns and rows added or removed", ""]
            lines += tables.parts.map { "- \(MarkdownText.escape($0.description))" }
            lines += tables.rows.map { "- \(MarkdownText.escape(ChangeWording.row($0)))" }
        }
        if !changes.paragraphs.isEmpty {
            lines += ["", "## Paragraphs", ""]
            lines += changes.paragraphs.map { paragraph($0, in: document) }
        }
        if !changes.figures.isEmpty {
            lines += ["", "## Figures", "", "| figure | old | new | change | lines |", "|---|---:|---:|---:|---|"]
            lines += changes.figures.map { figure in
                let unit = figure.unit.map { " " + $0 } ?? ""
                return "| \(MarkdownText.escape(figure.phrase)) | \(figure.old.printed)\(unit) | \(figure.new.printed)\(unit) | \(figure.change.description) | \(document.cell(old: figure.oldLine)) → \(document.cell(new: figure.newLine)) |"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func paragraph(_ change: ParagraphChange, in document: DiffDocument) -> String {
        let heading = "- **\(ChangeWording.kind(change))** (\(ChangeWording.lines(change, in: document))): "
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
