/// The language a front end speaks to its reader. Chosen once, by the front end: from
/// `--lang`, else the locale variables in POSIX order of precedence (`LC_ALL`, then
/// `LC_MESSAGES`, then `LANG`; the first one set and non-empty decides). Everything below the
/// front end is handed the choice and never reads the environment itself.
public enum Language: String, CaseIterable, Codable, Sendable {
    case en
    case zh

    public static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// Chinese for any `zh*` locale (`zh_CN.UTF-8`, `zh_TW`, `zh`), English for every other
    /// one, `C` and `POSIX` included.
    public init(environment: [String: String]) {
        let locale = Self.localeVariables.lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        self = locale.lowercased().hasPrefix("zh") ? .zh : .en
    }

    /// The option every front end takes, `--lang en|zh`.
    public static let option = "--lang"

    /// The one rule both executables (`audit`, `audit-serve`) choose by: the last `--lang X` or
    /// `--lang=X` before a `--`, as ArgumentParser takes the last value, else the locale. A
    /// value that is not a language is left to the front end's argument parser to refuse.
    public static func chosen(arguments: [String], environment: [String: String]) -> Language {
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
}

extension Language {
    /// The wording of this language among two given inline: `language("Errors", "错误")`.
    public func callAsFunction(_ english: String, _ chinese: String) -> String {
        self == .zh ? chinese : english
    }
}
