/// One text in both languages a reviewer may read. Producers (checkers, use cases) make both
/// wordings; renderers pick one with `text(in:)`.
public struct LocalizedText: Hashable, Codable, Sendable {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The same text in both languages: a name, a quotation, a figure.
    public static func same(_ text: String) -> LocalizedText {
        LocalizedText(en: text, zh: text)
    }

    public func text(in language: Language) -> String {
        switch language {
        case .en: en
        case .zh: zh
        }
    }

    /// Both wordings joined piecewise: `a + b` reads `a.en + b.en` and `a.zh + b.zh`.
    public static func + (left: LocalizedText, right: LocalizedText) -> LocalizedText {
        LocalizedText(en: left.en + right.en, zh: left.zh + right.zh)
    }

    /// Items joined in each language with its own separator (", " and "、" by default).
    public static func joined(_ items: [LocalizedText], en: String = ", ", zh: String = "、") -> LocalizedText {
        LocalizedText(en: items.map(\.en).joined(separator: en), zh: items.map(\.zh).joined(separator: zh))
    }
}

/// An error whose message exists in both languages; the front end prints the one it speaks.
public protocol LocalizedFailure: Error {
    var wording: LocalizedText { get }
}
