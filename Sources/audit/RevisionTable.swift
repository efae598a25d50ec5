import AuditApp
import AuditStore
import Foundation
import TextEscaping

/// The `audit log` table: one row per revision, columns aligned for a terminal; in a workspace
/// of several departments, each department's rows under a line naming it.
enum RevisionTable {
    static var header: [String] {
        InterfaceLanguage.current == .zh
            ? ["版本", "修订", "提交", "作者", "日期", "大小", "编码", "说明"]
            : ["VERSION", "REV", "COMMIT", "AUTHOR", "DATE", "SIZE", "ENCODING", "MESSAGE"]
    }
    /// Right-aligned: the numeric columns REV and SIZE.
    static let rightAligned: Set<Int> = [1, 5]

    static func render(_ groups: [ListRevisions.Group]) -> String {
        let rows = groups.map { $0.revisions.map(row) }
        let table = TextTable([header] + rows.joined(), rightAligned: rightAligned)
        let headed = groups.count > 1 || groups.first?.department != nil
        let blocks = zip(groups, rows).map { group, rows in
            let name = TerminalText.visibleLine(group.department ?? InterfaceLanguage.text("(none)", "（无）"))
            let title = headed ? [InterfaceLanguage.text("department ", "部门 ") + name] : []
            return (title + rows.map(table.line)).joined(separator: "\n")
        }
        return table.line(header) + "\n" + blocks.joined(separator: "\n") + "\n"
    }

    /// Authors and messages are whatever the committer typed, so their control characters are shown, not obeyed.
    private static func row(_ revision: Revision) -> [String] {
        [
            revision.version, String(revision.number), revision.shortID, revision.author,
            dateFormatter.string(from: revision.date), String(revision.size), revision.encoding,
            revision.message.split(separator: "\n").first.map(String.init) ?? "",
        ].map(TerminalText.visibleLine)
    }

    private static let dateFormatter: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone.current
        return formatter
    }()
}
