import ArgumentParser
import Localization

/// `--lang en|zh`, which every command takes: through `WorkspaceOptions`, or on its own where a
/// command has no workspace yet, as `clone`.
struct LanguageOption: ParsableArguments {
    static let name = NameSpecification.customLong("lang")
    static let help = InterfaceLanguage.help("The language of the output: en or zh (default: zh when LC_ALL, LC_MESSAGES or LANG, the first set, is zh_*).", "输出的语言：en 或 zh（默认：LC_ALL、LC_MESSAGES、LANG 中第一个已设置的为 zh_* 时用 zh）。", valueName: "lang")

    /// Read by `InterfaceLanguage` from the arguments themselves; declared here so that every
    /// command accepts it, lists it in its help and refuses a value that is not a language.
    @Option(name: LanguageOption.name, help: LanguageOption.help)
    var language: Language?
}
