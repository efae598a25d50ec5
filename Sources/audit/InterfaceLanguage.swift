import ArgumentParser
import Foundation
import Localization

extension Language: ExpressibleByArgument {}

/// The language `audit` speaks, chosen once per process: `--lang` (which every command takes,
/// see `WorkspaceOptions`), else the locale variables. It is read from the raw arguments so
/// that errors found while the arguments are parsed speak it too.
enum InterfaceLanguage {
    static let option = "--lang"
    static let current = chosen(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    /// The last `--lang X` or `--lang=X` before a `--`, as ArgumentParser takes the last value;
    /// a value that is not a language is left to ArgumentParser to refuse.
    static func chosen(arguments: [String], environment: [String: String]) -> Language {
        var given: Language?
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == option, index + 1 < arguments.count {
                given = Language(rawValue: arguments[index + 1]) ?? given
                index += 1
            } else if argument.hasPrefix(option + "=") {
                given = Language(rawValue: String(argument.dropFirst(option.count + 1))) ?? given
            }
            index += 1
        }
        return given ?? Language(environment: environment)
    }

    /// A usage mistake worded in the process's language; ArgumentParser reports it as its own.
    static func usage(_ english: String, _ chinese: String) -> ValidationError {
        ValidationError(text(english, chinese))
    }

    /// `english` or `chinese`, as the process speaks.
    static func text(_ english: String, _ chinese: String) -> String {
        current == .zh ? chinese : english
    }
}
