import AuditStore
import Foundation
import ReportModel
import TextEscaping

/// One revision's cells of the `audit log` table after its version (REV … MESSAGE), shown
/// (`TerminalText`) and measured once, when the revision first enters the history index, so
/// that listing a long history costs no formatting per row: each cell is its display width and
/// its byte length (4 bytes each, little-endian), then its UTF-8 bytes.
struct RevisionRow: HistoryRowFormat {
    static let cellCount = 7

    /// The date cell is formatted in the local time zone, so each zone has an index of its own;
    /// the number changes whenever the cells do.
    let indexName = "log-rows-1-" + TimeZone.current.identifier.utf8.map { String($0, radix: 16) }.joined()

    /// Authors and messages are whatever the committer typed, so their control characters are shown, not obeyed.
    func row(_ revision: Revision) -> [UInt8] {
        let cells = [
            String(revision.number), revision.shortID, revision.author, Self.dateFormatter.string(from: revision.date),
            String(revision.size), revision.encoding, revision.message.split(separator: "\n").first.map(String.init) ?? "",
        ].map(TerminalText.visibleLine)
        var bytes: [UInt8] = []
        for cell in cells {
            Self.append(UInt32(cell.displayWidth), to: &bytes)
            Self.append(UInt32(cell.utf8.count), to: &bytes)
            bytes += cell.utf8
        }
        return bytes
    }

    /// Calls `body` with each cell of a well-formed `row`: its column (1 for REV), width and bytes.
    static func forEachCell(of row: UnsafeRawBufferPointer, _ body: (Int, Int, UnsafeRawBufferPointer) -> Void) {
        var offset = 0
        for column in 1...cellCount {
            let width = Int(UInt32(littleEndian: row.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            let length = Int(UInt32(littleEndian: row.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)))
            body(column, width, UnsafeRawBufferPointer(rebasing: row[(offset + 8)..<(offset + 8 + length)]))
            offset += 8 + length
        }
    }

    /// Whether `row` holds exactly the cells `forEachCell` reads, so that it never reads out of bounds.
    func isWellFormed(_ row: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        for _ in 1...Self.cellCount {
            guard offset + 8 <= row.count else { return false }
            let length = Int(UInt32(littleEndian: row.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)))
            guard length <= row.count - offset - 8 else { return false }
            offset += 8 + length
        }
        return offset == row.count
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    private static let dateFormatter: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone.current
        return formatter
    }()
}
