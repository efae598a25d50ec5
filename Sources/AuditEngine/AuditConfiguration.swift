/// The engine's configuration, from `<workspace>/audit.yml`; an absent file means defaults.
public struct AuditConfiguration: Sendable {
    public static let defaultTimeoutSeconds = 60
    /// Real reports check in under 100 MB; this stops a runaway checker long before the machine does.
    public static let defaultMemoryMegabytes = 4096

    /// Settings by checker id; a checker not listed runs with its defaults.
    public var checkers: [String: CheckerSettings]
    /// How long one checker may run before the engine kills it.
    public var timeoutSeconds: Int
    /// The address space one checker's child may use.
    public var memoryMegabytes: Int
    /// Checkers outside the package, in the order declared; run after the built-in ones.
    public var externalCheckers: [ExternalChecker] = []
    /// The rule pack every report is checked with (`rule-pack: shanghai-2024`), instead of the
    /// one detected from its titles. The engine only carries it; the application layer applies it.
    public var rulePack: String?

    public init(checkers: [String: CheckerSettings] = [:], timeoutSeconds: Int = defaultTimeoutSeconds, memoryMegabytes: Int = defaultMemoryMegabytes) {
        self.checkers = checkers
        self.timeoutSeconds = timeoutSeconds
        self.memoryMegabytes = memoryMegabytes
    }

    var childLimits: ChildLimits { ChildLimits(timeoutSeconds: timeoutSeconds, memoryMegabytes: memoryMegabytes) }

    public func settings(for id: String) -> CheckerSettings {
        checkers[id] ?? CheckerSettings()
    }
}
