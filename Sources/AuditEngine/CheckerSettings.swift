import CheckerKit

/// What `audit.yml` says about one checker. Anything it leaves out takes the checker's default.
public struct CheckerSettings: Sendable {
    public var enabled: Bool
    /// Replaces the checker's default level for its violations.
    public var level: Level?
    public var options: [String: OptionValue]

    public init(enabled: Bool = true, level: Level? = nil, options: [String: OptionValue] = [:]) {
        self.enabled = enabled
        self.level = level
        self.options = options
    }

    /// The checker's declared defaults overlaid with these options.
    func configuration(for description: CheckerDescription) -> CheckerConfiguration {
        var values = CheckerConfiguration(defaults: description.options).values
        values.merge(options) { _, configured in configured }
        return CheckerConfiguration(values: values)
    }

    func level(for description: CheckerDescription) -> Level {
        level ?? description.defaultLevel
    }
}
