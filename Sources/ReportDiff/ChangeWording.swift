import Localization
/// The few phrasings every format shares, so that text, Markdown and HTML say the same thing.
enum ChangeWording {
    /// "表3 合计", "表1 支出 二、外交支出", "表5 2010301 行政运行".
    static func row(table: String, side: String?, code: String?, label: String) -> String {
        [table, side, code, label].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// "row added: 表5 20131 党委办公厅（室）及相关机构事务: 2.00 0.00 2.00 (line 743)", with
    /// "old line" for a removed row, whose line is in the old text.
    static func row(_ change: RowChange, in language: Language = .en) -> String {
        let name = row(table: change.table, side: change.side, code: change.code, label: change.row)
        let values = change.values.joined(separator: " ")
        guard language == .zh else {
            let line = change.kind == .added ? "line" : "old line"
            return "row \(change.kind.rawValue): \(name): \(values) (\(line) \(change.line))"
        }
        let line = change.kind == .added ? "第 \(change.line) 行" : "原第 \(change.line) 行"
        return "\(verb(change.kind))行：\(name)：\(values)（\(line)）"
    }

    /// "增加" or "删除".
    static func verb(_ kind: RowChange.Kind) -> String {
        kind == .added ? "增加" : "删除"
    }

    /// "127748 → 123788 人".
    static func number(_ edit: InlineEdit) -> String {
        let unit = edit.unit.map { $0.isEmpty ? "" : " " + $0 } ?? ""
        return "\(edit.old ?? "") → \(edit.new ?? "")\(unit)"
    }

    /// "line 1107", or "line 1254 → 1301" when the paragraph moved.
    static func lines(_ change: ParagraphChange, in document: DiffDocument, _ language: Language = .en) -> String {
        switch (change.old, change.new) {
        case let (old?, new?) where change.kind == .moved: return "\(document.place(old: old.line, in: language)) → \(document.cell(new: new.line, in: language))"
        case let (_, new?): return document.place(new: new.line, in: language)
        case let (old?, nil): return language("old ", "原") + document.place(old: old.line, in: language)
        case (nil, nil): return ""
        }
    }

    /// "edited", "added", "removed", "moved", "moved and edited"; "heading edited" and so on
    /// for a heading.
    static func kind(_ change: ParagraphChange, _ language: Language = .en) -> String {
        let movedAndEdited = change.kind == .moved && !change.edits.isEmpty
        let heading = (change.new ?? change.old)?.isHeading == true
        guard language == .zh else {
            let kind = movedAndEdited ? "moved and edited" : change.kind.rawValue
            return heading ? "heading " + kind : kind
        }
        let kind: String = switch change.kind {
        case .edited: "修改"
        case .added: "增加"
        case .removed: "删除"
        case .moved: movedAndEdited ? "移动并修改" : "移动"
        }
        return (heading ? "标题" : "段落") + kind
    }

    /// The start of a paragraph, enough to recognise it: what a moved paragraph is shown by in
    /// text and Markdown (the HTML page shows it whole).
    static func opening(_ text: String, length: Int = 60) -> String {
        text.count > length ? String(text.prefix(length)) + "…" : text
    }

    /// The text of a shared run, kept for `context` characters next to the changes around it.
    static func elided(_ text: String, afterChange: Bool, beforeChange: Bool, context: Int = 24) -> String {
        let characters = Array(text)
        guard characters.count > 2 * context + 1 else { return text }
        let head = afterChange ? String(characters.prefix(context)) : ""
        let tail = beforeChange ? String(characters.suffix(context)) : ""
        return head + "…" + tail
    }
}
