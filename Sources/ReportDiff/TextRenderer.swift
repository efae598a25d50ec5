/// The diff for a terminal or a plain file. With `colour`, deletions are red, additions blue
/// and moves green (ANSI); without, deletions read `[-…-]` and additions `{+…+}` as in
/// `git diff --word-diff`. Shared text is cut to some context around each change.
public struct TextRenderer {
    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public func render(_ document: DiffDocument) -> String {
        let changes = document.changes
        var lines = ["\(document.title): \(changes.summary.line)"]
        if !changes.tables.isEmpty {
            lines += ["", bold("Tables")] + tableLines(changes.tables, in: document)
        }
        if !changes.paragraphs.isEmpty {
            lines += ["", bold("Paragraphs")] + changes.paragraphs.flatMap { paragraphLines($0, in: document) }
        }
        if !changes.figures.isEmpty {
            lines += ["", bold("Figures")] + changes.figures.map { figureLine($0, in: document) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func tableLines(_ tables: TableChanges, in document: DiffDocument) -> [String] {
        var lines = tables.parts.map { "  " + ($0.kind == .added ? blue($0.description) : red($0.description)) }
        lines += tables.cells.map { cell in
            let row = ChangeWording.row(table: cell.table, side: cell.side, code: cell.code, label: cell.row)
            return "  \(row) · \(cell.column): \(red(cell.old?.printed ?? "—")) → \(blue(cell.new?.printed ?? "—"))  \(cell.change.description)  (\(document.place(new: cell.line)))"
        }
        lines += tables.rows.map { row in "  " + (row.kind == .added ? blue(ChangeWording.row(row)) : red(ChangeWording.row(row))) }
        return lines
    }

    private func paragraphLines(_ change: ParagraphChange, in document: DiffDocument) -> [String] {
        let heading = "  \(ChangeWording.kind(change)), \(ChangeWording.lines(change, in: document))\((change.new ?? change.old)?.section.map { "  [\($0)]" } ?? "")"
        switch change.kind {
        case .added: return [heading, "    " + inserted(change.new?.text ?? "")]
        case .removed: return [heading, "    " + deleted(change.old?.text ?? "")]
        case .moved where change.edits.isEmpty: return [heading, "    " + moved(ChangeWording.opening(change.new?.text ?? ""))]
        case .edited, .moved: return [heading, "    " + inline(change.edits)]
        }
    }

    private func inline(_ edits: [InlineEdit]) -> String {
        edits.enumerated().map { index, edit in
            switch edit.kind {
            case .same:
                return ChangeWording.elided(edit.old ?? "", afterChange: index > 0, beforeChange: index < edits.count - 1)
            case .deleted: return deleted(edit.old ?? "")
            case .inserted: return inserted(edit.new ?? "")
            case .replaced: return deleted(edit.old ?? "") + inserted(edit.new ?? "")
            case .number:
                return ChangeWording.number(InlineEdit(kind: .number, old: red(edit.old ?? ""), new: blue(edit.new ?? ""), unit: edit.unit))
            }
        }.joined()
    }

    private func figureLine(_ figure: FigureChange, in document: DiffDocument) -> String {
        let unit = figure.unit.map { " " + $0 } ?? ""
        let phrase = figure.phrase.isEmpty ? "(unnamed figure)" : figure.phrase
        return "  \(phrase): \(red(figure.old.printed)) → \(blue(figure.new.printed))\(unit)  \(figure.change.description)  (\(document.place(old: figure.oldLine)) → \(document.cell(new: figure.newLine)))"
    }

    private func deleted(_ text: String) -> String { colour ? red(text) : "[-\(text)-]" }
    private func inserted(_ text: String) -> String { colour ? blue(text) : "{+\(text)+}" }
    private func moved(_ text: String) -> String { tint(text, 32) }
    private func bold(_ text: String) -> String { tint(text, 1) }
    /// Old and new values beside an arrow need no markers, only colour.
    private func red(_ text: String) -> String { tint(text, 31) }
    private func blue(_ text: String) -> String { tint(text, 34) }

    private func tint(_ text: String, _ code: Int) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
