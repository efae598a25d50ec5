/// A configuration key a checker understands, with its default and what it means.
public struct OptionDescription: Sendable {
    public var key: String
    public var defaultValue: OptionValue
    public var meaning: String

    public init(key: String, defaultValue: OptionValue, meaning: String) {
        self.key = key
        self.defaultValue = defaultValue
        self.meaning = meaning
    }
}
