import AuditApp
import FindingsModel

/// The cells of a row as words, shared by the text, HTML and spreadsheet forms.
extension SummaryRow {
    var departmentCell: String { department ?? "-" }

    /// "1 confirmed, 2 false-positive", by status name; "确认问题 1，误报 2" in Chinese.
    var triageCell: String {
        guard !triage.isEmpty else { return "-" }
        let sorted = triage.sorted { $0.key < $1.key }
        guard InterfaceLanguage.current == .zh else { return sorted.map { "\($0.value) \($0.key)" }.joined(separator: ", ") }
        return sorted.map { "\(Suppression.label(ofDecision: $0.key, in: .zh)) \($0.value)" }.joined(separator: "，")
    }

    var cells: [String] {
        [
            departmentCell, version, revision, String(errors), String(warnings), String(notes),
            new.map(String.init) ?? "-", fixed.map(String.init) ?? "-", previous ?? "-", triageCell,
        ]
    }
}

extension [SummaryRow] {
    /// The sum of one count over the rows, for the totals every format ends with.
    func total(_ count: KeyPath<SummaryRow, Int>) -> Int {
        map { $0[keyPath: count] }.reduce(0, +)
    }
}
