import AuditApp
import AuditStore
import Foundation
import ReportModel
import TextEscaping

/// The `audit log` table: one row per revision, columns aligned for a terminal (as `TextTable`
/// aligns them: by display width, cells two spaces apart, the last one not padded); in a
/// workspace of several departments, each department's rows under a line naming it. The rows
/// come from the history index already shown and measured (`RevisionRow`), so a line costs
/// copying its bytes; the whole table is one buffer, written at once.
enum RevisionTable {
    static var header: [String] {
        InterfaceLanguage.current == .zh
            ? ["版本", "修订", "提交", "作者", "日期", "大小", "编码", "说明"]
            : ["VERSION", "REV", "COMMIT", "AUTHOR", "DATE", "SIZE", "ENCODING", "MESSAGE"]
    }
    /// Right-aligned: the numeric columns REV and SIZE.
    static let rightAligned: Set<Int> = [1, 5]

    static func render(_ groups: [ListRevisions.IndexedGroup]) -> [UInt8] {
        let versions = groups.flatMap(\.versions)
        let labels = Dictionary(versions.map { ($0.label, TerminalText.visibleLine($0.label)) }, uniquingKeysWith: { first, _ in first })
        let widths = columnWidths(versions, labels: labels)
        var output: [UInt8] = []
        output.reserveCapacity(versions.reduce(256) { $0 + $1.rows.bytes.count + $1.rows.ranges.count * 24 })
        appendLine(header.map { (Array($0.utf8), $0.displayWidth) }, widths: widths, to: &output)
        let headed = groups.count > 1 || groups.first?.department != nil
        for group in groups {
            if headed {
                let name = TerminalText.visibleLine(group.department ?? InterfaceLanguage.text("(none)", "（无）"))
                output += (InterfaceLanguage.text("department ", "部门 ") + name + "\n").utf8
            }
            for (label, rows) in group.versions {
                let version = labels[label]!
                appendRows(rows, version: (Array(version.utf8), version.displayWidth), widths: widths, to: &output)
            }
        }
        return output
    }

    private static func columnWidths(_ versions: [(label: String, rows: HistoryRows)], labels: [String: String]) -> [Int] {
        var widths = header.map(\.displayWidth)
        for (label, rows) in versions where !rows.ranges.isEmpty {
            widths[0] = max(widths[0], labels[label]!.displayWidth)
            rows.bytes.withUnsafeBytes { bytes in
                for range in rows.ranges {
                    RevisionRow.forEachCell(of: UnsafeRawBufferPointer(rebasing: bytes[range])) { column, width, _ in
                        widths[column] = max(widths[column], width)
                    }
                }
            }
        }
        return widths
    }

    private static func appendRows(_ rows: HistoryRows, version: ([UInt8], Int), widths: [Int], to output: inout [UInt8]) {
        rows.bytes.withUnsafeBytes { bytes in
            for range in rows.ranges {
                appendCell(version.0, width: version.1, column: 0, widths: widths, to: &output)
                RevisionRow.forEachCell(of: UnsafeRawBufferPointer(rebasing: bytes[range])) { column, width, cell in
                    appendCell(cell, width: width, column: column, widths: widths, to: &output)
                }
                output.append(UInt8(ascii: "\n"))
            }
        }
    }

    private static func appendLine(_ cells: [([UInt8], Int)], widths: [Int], to output: inout [UInt8]) {
        for (column, cell) in cells.enumerated() {
            appendCell(cell.0, width: cell.1, column: column, widths: widths, to: &output)
        }
        output.append(UInt8(ascii: "\n"))
    }

    /// A cell and the two spaces after it, padded to its column's width; the last column is not
    /// padded, so lines carry no trailing spaces.
    private static func appendCell(_ cell: some Collection<UInt8>, width: Int, column: Int, widths: [Int], to output: inout [UInt8]) {
        guard column < widths.count - 1 else { return output.append(contentsOf: cell) }
        let padding = repeatElement(UInt8(ascii: " "), count: max(0, widths[column] - width))
        let right = rightAligned.contains(column)
        if right { output.append(contentsOf: padding) }
        output.append(contentsOf: cell)
        if !right { output.append(contentsOf: padding) }
        output.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")])
    }
}
