import ReportModel

/// Rows of cells aligned in columns for a terminal, by display width (a CJK character two
/// columns). Cells must already be safe to print (`TerminalText`).
struct TextTable {
    var rightAligned: Set<Int> = []
    let widths: [Int]

    init(_ rows: [[String]], rightAligned: Set<Int> = []) {
        self.rightAligned = rightAligned
        let columns = rows.map(\.count).max() ?? 0
        widths = (0..<columns).map { column in rows.compactMap { $0.indices.contains(column) ? $0[column].displayWidth : nil }.max() ?? 0 }
    }

    func line(_ cells: [String]) -> String {
        let padded = cells.enumerated().map { column, cell in
            // The last column is not padded, so lines carry no trailing spaces.
            guard column < cells.count - 1 else { return cell }
            let padding = String(repeating: " ", count: max(0, widths[column] - cell.displayWidth))
            return rightAligned.contains(column) ? padding + cell : cell + padding
        }
        return padded.joined(separator: "  ")
    }

    /// The rows aligned to their own widths, one line each.
    static func render(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        rows.map(TextTable(rows, rightAligned: rightAligned).line).joined(separator: "\n") + "\n"
    }
}
