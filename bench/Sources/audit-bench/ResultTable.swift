import Foundation

/// Prints rows as one fixed-width table, ratios last so they line up.
struct ResultTable {
    private static let columns: [(title: String, width: Int)] = [
        ("workload", -30), ("fastest", 11), ("median", 11), ("throughput", 18), ("peak RSS", 10),
        ("peer", -26), ("fastest", 11), ("median", 11), ("peer/ours", 10),
    ]

    static var header: String { line(columns.map(\.title)) }

    static func lines(_ row: Row) -> [String] {
        [line(cells(row))] + row.notes.map { "  " + $0 }
    }

    private static func cells(_ row: Row) -> [String] {
        guard let measured = row.ours else { return [row.name, row.missing ?? "n/a"] }
        let ours = [row.name, milliseconds(measured.fastest), milliseconds(measured.median),
                    measured.throughput, row.peakMemory.map(megabytes) ?? "-"]
        switch row.peer {
        case .none:
            return ours + ["-", "", "", ""]
        case .measured(let peer):
            return ours + [peer.name, milliseconds(peer.fastest), milliseconds(peer.median),
                           row.ratio.map { String(format: "%.2fx", $0) } ?? ""]
        case .unavailable(let name, let reason):
            return ours + [name, reason, "", "n/a"]
        }
    }

    /// A reason in place of figures overflows its column rather than being cut.
    private static func line(_ cells: [String]) -> String {
        let text = zip(cells, columns).map { cell, column in pad(cell, column.width) }.joined(separator: " ")
        return String(text.reversed().drop(while: { $0 == " " }).reversed())
    }

    /// Negative widths pad on the right (text), positive on the left (numbers).
    private static func pad(_ text: String, _ width: Int) -> String {
        let room = max(0, abs(width) - text.count)
        let padding = String(repeating: " ", count: room)
        return width < 0 ? text + padding : padding + text
    }

    private static func milliseconds(_ seconds: Double) -> String {
        String(format: seconds < 0.1 ? "%.2f ms" : "%.0f ms", seconds * 1000)
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
