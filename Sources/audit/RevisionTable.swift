import ReportModel
import AuditStore
import Foundation
import TextEscaping

/// The `audit log` table: one row per revision, columns aligned for a terminal.
enum RevisionTable {
    static let header = ["VERSION", "REV", "COMMIT", "AUTHOR", "DATE", "SIZE", "ENCODING", "MESSAGE"]
    /// Right-aligned: the numeric columns REV and SIZE.
    static let rightAligned: Set<Int> = [1, 5]

    static func render(_ revisions: [Revision]) -> String {
        let rows = [header] + revisions.map(row)
        let widths = header.indices.map { column in rows.map { $0[column].displayWidth }.max() ?? 0 }
        return rows.map { line($0, widths: widths) }.joined(separator: "\n") + "\n"
    }

    /// Authors and messages are whatever the committer typed, so their control characters are shown, not obeyed.
    private static func row(_ revision: Revision) -> [String] {
        [
            revision.version, String(revision.number), revision.shortID, revision.author,
            dateFormatter.string(from: revision.date), String(revision.size), revision.encoding,
            revision.message.split(separator: "\n").first.map(String.init) ?? "",
        ].map(TerminalText.visibleLine)
    }

    private static func line(_ cells: [String], widths: [Int]) -> String {
        let padded = cells.enumerated().map { column, cell in
            // The last column is not padded, so lines carry no trailing spaces.
            guard column < cells.count - 1 else { return cell }
            let padding = String(repeating: " ", count: widths[column] - cell.displayWidth)
            return rightAligned.contains(column) ? padding + cell : cell + padding
        }
        return padded.joined(separator: "  ")
    }

    private static let dateFormatter: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone.current
        return formatter
    }()
}
