import AuditApp

/// The cells of a row as words, shared by the text, HTML and spreadsheet forms.
extension SummaryRow {
    var departmentCell: String { department ?? "-" }

    /// "1 confirmed, 2 false-positive", by status name.
    var triageCell: String {
        triage.isEmpty ? "-" : triage.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
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
