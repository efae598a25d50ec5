import ArgumentParser
import Foundation
import Localization
import TextEscaping

/// How `audit` ends on an error: `audit: <message>` as one line on stderr, exit status 2.
/// Help requests still exit 0, and an `ExitCode` a command throws on purpose (a check that
/// found problems) passes through unchanged.
enum FailureExit {
    static let status: Int32 = 2

    static func exit(for error: Error) -> Never {
        if error is ExitCode || AuditCommand.exitCode(for: error) == .success {
            if InterfaceLanguage.current == .zh, !(error is ExitCode) {
                print(ParserWording.helpInChinese(AuditCommand.fullMessage(for: error)))
                Foundation.exit(0)
            }
            AuditCommand.exit(withError: error)
        }
        FileHandle.standardError.write(Data("audit: \(oneLine(message(for: error)))\n".utf8))
        Foundation.exit(status)
    }

    /// The error's own wording in the interface's language where it has both, else ArgumentParser's.
    static func message(for error: Error) -> String {
        if let failure = error as? LocalizedFailure {
            return failure.wording.text(in: InterfaceLanguage.current)
        }
        let message = AuditCommand.message(for: error)
        guard InterfaceLanguage.current == .zh else { return message }
        return ParserWording.usageErrorInChinese(message) ?? message
    }

    /// Messages name user input (paths, labels) that may hold line breaks or terminal escapes;
    /// escaping them keeps the report on one line without losing any of it.
    static func oneLine(_ message: String) -> String {
        TerminalText.visibleLine(message.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "\r", with: "\\r")
            .replacingOccurrences(of: "\n", with: "\\n"))
    }
}
