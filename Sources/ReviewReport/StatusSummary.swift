import CheckerKit

/// Findings counted by level and status, for the report's summary table.
public struct StatusSummary: Sendable {
    public let statuses: [String]
    private let counts: [String: Int]

    init(_ entries: [ReviewEntry]) {
        counts = Dictionary(entries.map { (Self.key($0.finding.level, $0.status), 1) }, uniquingKeysWith: +)
        let order = ["new", "updated", "unchanged", "open", "confirmed", "absent", "under-review", "accepted", "false-positive", "wont-fix"]
        let present = Set(entries.map(\.status))
        statuses = order.filter(present.contains) + present.subtracting(order).sorted()
    }

    public func count(_ level: Level, _ status: String) -> Int {
        counts[Self.key(level, status)] ?? 0
    }

    private static func key(_ level: Level, _ status: String) -> String {
        "\(level.rawValue)/\(status)"
    }
}
