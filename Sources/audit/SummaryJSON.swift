import AuditApp
import Foundation

/// The rows as they are, and the totals.
enum SummaryJSON {
    private struct Document: Encodable {
        var versions: [SummaryRow]
        var totals: [String: Int]
    }

    static func render(_ rows: [SummaryRow]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let totals = [
            "versions": rows.count, "errors": rows.total(\.errors), "warnings": rows.total(\.warnings),
            "notes": rows.total(\.notes), "hidden": rows.total(\.hidden),
        ]
        return try encoder.encode(Document(versions: rows, totals: totals)) + Data("\n".utf8)
    }
}
