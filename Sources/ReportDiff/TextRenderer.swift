import Localization
import TextEscaping

/// The diff for a terminal or a plain file. With `colour`, deletions are red, additions blue
/// and moves green (ANSI); without, deletions read `[-…-]` and additions `{+…+}` as in
/// `git diff --word-diff`. Shared text is cut to some context around each change.
public struct TextRenderer {
    public var colour: Bool
    public var language: Language

    public init(colour: Bool, language: Language = .en) {
        self.colour = colour
        self.language = language
    }

    public func render(_ document: DiffDocument) -> String {
        let changes = document.changes
        var lines = ["\(shown(document.title))\(language(": ", "："))\(changes.summary.line(in: language))"]
        if !changes.tables.isEmpty {
            lines += ["", bold(language("Tables", "表格"))] + tableLines(changes.tables, in: document)
        }
        if !changes.paragraphs.isEmpty {
            lines += ["", bold(language("Paragraphs", "段落"))] + changes.paragraphs.flatMap { paragraphLines($0, in: document) }
        }
        if !changes.figures.isEmpty {
            lines += ["", bold(language("Figures", "数字"))] + changes.figures.map { figureLine($0, in: document) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func tableLines(_ tables: TableChanges, in document: DiffDocument) -> [String] {
        var lines = tables.parts.map { "  " + ($0.kind == .added ? blue(shown($0.description(in: language))) : red(shown($0.description(in: language)))) }
        lines += tables.cells.map { cell in
            let row = shown(ChangeWording.row(table: cell.table, side: cell.side, code: cell.code, label: cell.row))
            return "  \(row) · \(shown(cell.column)): \(red(shown(cell.old?.printed ?? "—"))) → \(blue(shown(cell.new?.printed ?? "—")))  \(cell.change.description)  (\(document.place(new: cell.line, in: language)))"
        }
        lines += tables.rows.map { row in "  " + (row.kind == .added ? blue(shown(ChangeWording.row(row, in: language))) : red(shown(ChangeWording.row(row, in: language)))) }
        return lines
    }

    private func paragraphLines(_ change: ParagraphChange, in document: DiffDocument) -> [String] {
        let heading = "  \(ChangeWording.kind(change, language))\(language(", ", "，"))\(ChangeWording.lines(change, in: document, language))\((change.new ?? change.old)?.section.map { "  [\(shown($0))]" } ?? "")"
        switch change.kind {
        case .added: return [heading, "    " + inserted(shown(change.new?.text ?? ""))]
        case .removed: return [heading, "    " + deleted(shown(change.old?.text ?? ""))]
        case .moved where change.edits.isEmpty: return [heading, "    " + moved(shown(ChangeWording.opening(change.new?.text ?? "")))]
        case .edited, .moved: return [heading, "    " + inline(change.edits)]
        }
    }

    private func inline(_ edits: [InlineEdit]) -> String {
        edits.enumerated().map { index, edit in
            switch edit.kind {
            case .same:
                return shown(ChangeWording.elided(edit.old ?? "", afterChange: index > 0, beforeChange: index < edits.count - 1))
            case .deleted: return deleted(shown(edit.old ?? ""))
            case .inserted: return inserted(shown(edit.new ?? ""))
            case .replaced: return deleted(shown(edit.old ?? "")) + inserted(shown(edit.new ?? ""))
            case .number:
                return ChangeWording.number(InlineEdit(kind: .number, old: red(shown(edit.old ?? "")), new: blue(shown(edit.new ?? "")), unit: edit.unit.map(shown)))
            }
        }.joined()
    }

    private func figureLine(_ figure: FigureChange, in document: DiffDocument) -> String {
        let unit = figure.unit.map { " " + shown($0) } ?? ""
        let phrase = figure.phrase.isEmpty ? language("(unnamed figure)", "（未命名数字）") : shown(figure.phrase)
        return "  \(phrase): \(red(shown(figure.old.printed))) → \(blue(shown(figure.new.printed)))\(unit)  \(figure.change.description)  (\(document.place(old: figure.oldLine, in: language)) → \(document.cell(new: figure.newLine, in: language)))"
    }

    /// The report's own text, its control characters made visible: the renderer's colours are
    /// the only escape sequences that reach the terminal.
    private func shown(_ text: String) -> String { TerminalText.visible(text) }
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
