import ReportModel

/// How a revision's text is read into its model: with the parser vocabulary of the format the
/// text is detected (or forced) as. Every command that loads a revision's model reads it through
/// one of these (`Workspace.reports(of:reading:)`), so `check`, `show`, `diff`, `report` and last
/// year's report all see the tables a format's pack adds.
public struct ReportReading: Sendable {
    /// Whether some text may be read with another vocabulary than the standard one; when not, the
    /// text need not be read to know its model's name in the cache.
    public let varies: Bool
    private let choose: @Sendable (String) -> TableVocabulary

    public init(varies: Bool, vocabulary: @escaping @Sendable (String) -> TableVocabulary) {
        self.varies = varies
        choose = vocabulary
    }

    /// Every text read with the standard vocabulary.
    public static let standard = ReportReading(varies: false) { _ in .standard }

    /// The vocabulary the text is read with.
    public func vocabulary(of text: String) -> TableVocabulary {
        varies ? choose(text) : .standard
    }
}
