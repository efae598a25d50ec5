/// The engine's configuration, from `<workspace>/audit.yml`; an absent file means defaults.
public struct AuditConfiguration: Sendable {
    public static let defaultTimeoutSeconds = 60

    /// Settings by checker id; a checker not listed runs with its defaults.
    public var checkers: [String: CheckerSettings]
    /// How long one checker may run before the engine kills it.
    public var timeoutSeconds: Int

    public init(checkers: [String: CheckerSettings] = [:], timeoutSeconds: Int = defaultTimeoutSeconds) {
        self.checkers = checkers
        self.timeoutSeconds = timeoutSeconds
    }

    public func settings(for id: String) -> CheckerSettings {
        checkers[id] ?? CheckerSettings()
    }
}
