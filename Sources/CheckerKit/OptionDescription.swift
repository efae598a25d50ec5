/// A configuration key a checker understands, with its default and what it means.
public struct OptionDescription: Sendable {
    public var key: String
    public var defaultValue: OptionValue
    public var meaning: String
    /// The meaning in Chinese; nil for an option described in English only.
    public var meaningZh: String?

    public init(key: String, defaultValue: OptionValue, meaning: String) {
        self.key = key
        self.defaultValue = defaultValue
        self.meaning = meaning
    }

    /// An option described in both languages.
    public init(key: String, defaultValue: OptionValue, meaning: LocalizedText) {
        self.init(key: key, defaultValue: defaultValue, meaning: meaning.en)
        meaningZh = meaning.zh
    }

    public func meaning(in language: Language) -> String {
        language == .zh ? meaningZh ?? meaning : meaning
    }
}
