import ArgumentParser
import Foundation
import Localization

extension Language: ExpressibleByArgument {}

/// The language `audit` speaks, chosen once per process by `Language.chosen`: `--lang` (which
/// every command takes, see `WorkspaceOptions`), else the locale variables. It is read from
/// the raw arguments so that errors found while the arguments are parsed speak it too.
enum InterfaceLanguage {
    static let current = Language.chosen(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    /// A usage mistake worded in the process's language; ArgumentParser reports it as its own.
    static func usage(_ english: String, _ chinese: String) -> ValidationError {
        ValidationError(text(english, chinese))
    }

    /// `english` or `chinese`, as the process speaks.
    static func text(_ english: String, _ chinese: String) -> String {
        current == .zh ? chinese : english
    }

    /// An option's or argument's `--help` text in the process's language: ArgumentParser builds
    /// help once, after the language is chosen, so each command declares both wordings here.
    static func help(_ english: String, _ chinese: String, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(text(english, chinese), valueName: valueName)
    }
}
