import ArgumentParser
import Foundation

/// How `audit` ends on an error: `audit: <message>` as one line on stderr, exit status 2.
/// Help requests still exit 0, and an `ExitCode` a command throws on purpose (a check that
/// found problems) passes through unchanged.
enum FailureExit {
    static let status: Int32 = 2

    static func exit(for error: Error) -> Never {
        if error is ExitCode || AuditCommand.exitCode(for: error) == .success {
            AuditCommand.exit(withError: error)
        }
        FileHandle.standardError.write(Data("audit: \(oneLine(AuditCommand.message(for: error)))\n".utf8))
        Foundation.exit(status)
    }

    /// ArgumentParser prefixes "Error: " and may add hint lines; keep the first line of substance.
    static func oneLine(_ message: String) -> String {
        let lines = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let first = lines.first { !$0.isEmpty } ?? "failed"
        return first.hasPrefix("Error: ") ? String(first.dropFirst("Error: ".count)) : first
    }
}
