import Localization

/// A mistake in a rule pack, where it is: "rules/x.yml:12:9: unknown table '表11'". One line,
/// so the command line reports it as `audit: <this>` with exit status 2. It says what is wrong
/// in both languages; the place (`rules/x.yml:12:9: `) is the same in each.
public struct RulePackError: Error, CustomStringConvertible, Equatable, LocalizedFailure {
    public var file: String
    public var line: Int
    public var column: Int
    public var problem: LocalizedText

    public init(file: String, line: Int, column: Int, _ problem: LocalizedText) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    public var wording: LocalizedText { .same("\(file):\(line):\(column): ") + problem }

    public var description: String { wording.en }
}

extension LocalizedText {
    /// The names a pack author may choose from, after what is wrong: " (known: a, b)",
    /// "（已有：a、b）".
    static func known(_ names: [String]) -> LocalizedText {
        names.isEmpty
            ? LocalizedText(en: " (known: none)", zh: "（已有：无）")
            : LocalizedText(en: " (known: \(names.joined(separator: ", ")))", zh: "（已有：\(names.joined(separator: "、"))）")
    }
}
