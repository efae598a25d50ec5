/// How much a finding matters, in SARIF's vocabulary. Ordered so that `--fail-on` can compare.
public enum Level: String, Codable, CaseIterable, Comparable, Sendable {
    case note
    case warning
    case error

    public static func < (lhs: Level, rhs: Level) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }
}
