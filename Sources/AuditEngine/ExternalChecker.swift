import CheckerKit
import Foundation

/// A checker outside the package, declared in `audit.yml`: a command the engine runs with the
/// report model as JSON on stdin, reading findings as JSON from stdout
/// (`schemas/external-findings.schema.json`).
///
///     external-checkers:
///       table-references:
///         command: [python3, checks/table_references.py]
///         version: "1.0"
///         level: warning
///         timeout-seconds: 10
public struct ExternalChecker: Sendable, Equatable {
    public var id: String
    public var version: String
    /// The program and its arguments; a program or argument path without a leading "/" is
    /// relative to `directory`, where the command runs.
    public var command: [String]
    /// The workspace: the directory holding `audit.yml`.
    public var directory: URL
    public var summary: String?
    public var enabled: Bool
    /// Re-levels the findings a checker reports at its rules' own levels, as for built-in checkers.
    public var level: Level?
    /// Override the configuration's limits for this checker.
    public var timeoutSeconds: Int?
    public var memoryMegabytes: Int?

    public init(
        id: String, version: String, command: [String], directory: URL, summary: String? = nil, enabled: Bool = true,
        level: Level? = nil, timeoutSeconds: Int? = nil, memoryMegabytes: Int? = nil
    ) {
        self.id = id
        self.version = version
        self.command = command
        self.directory = directory
        self.summary = summary
        self.enabled = enabled
        self.level = level
        self.timeoutSeconds = timeoutSeconds
        self.memoryMegabytes = memoryMegabytes
    }

    /// The command as `audit plugins` prints it.
    public var commandLine: String {
        command.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
    }

    func limits(defaults: ChildLimits) -> ChildLimits {
        ChildLimits(timeoutSeconds: timeoutSeconds ?? defaults.timeoutSeconds, memoryMegabytes: memoryMegabytes ?? defaults.memoryMegabytes)
    }
}
