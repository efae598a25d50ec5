import ReportModel

/// Where a finding points: a range of the stored text, when the model knows it, and always a
/// logical place a reader can find without line numbers ("表3 / 2010301 行政运行 / 基本支出").
public struct FindingLocation: Codable, Hashable, Sendable {
    public var span: SourceSpan?
    public var logical: String
    /// What this place contributes, for related locations ("Σ children").
    public var note: String?
    /// The note in Chinese; nil for a note given in English only (or none at all).
    public var noteZh: String?

    public init(span: SourceSpan?, logical: String, note: String? = nil) {
        self.span = span
        self.logical = logical
        self.note = note
    }

    /// A place whose note is written in both languages.
    public init(span: SourceSpan?, logical: String, note: LocalizedText) {
        self.init(span: span, logical: logical, note: note.en)
        noteZh = note.zh
    }

    /// The same place without its span, for a finding whose span points into another text.
    public var withoutSpan: FindingLocation {
        var copy = self
        copy.span = nil
        return copy
    }

    public func note(in language: Language) -> String? {
        language == .zh ? noteZh ?? note : note
    }
}
