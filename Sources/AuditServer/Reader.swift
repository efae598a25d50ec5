import Localization

/// Who a page is rendered for: the language it speaks and the links that keep it.
struct Reader: Sendable {
    var language: Language
    var links: WorkbenchLinks

    /// `?lang=en|zh` overrides the server's language for this request; any other value is ignored.
    init(fields: FormFields?, default language: Language) {
        self.init(asked: fields?["lang"], default: language)
    }

    init(asked: String?, default language: Language) {
        let asked = asked.flatMap(Language.init(rawValue:))
        self.language = asked ?? language
        links = WorkbenchLinks(kept: asked)
    }
}
