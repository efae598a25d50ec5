import ReportModel

/// Where a finding points: a range of the stored text, when the model knows it, and always a
/// logical place a reader can find without line numbers ("表3 / 2010301 行政运行 / 基本支出").
public struct FindingLocation: Codable, Hashable, Sendable {
    public var span: SourceSpan?
    public var logical: String
    /// What this place contributes, for related locations ("Σ children").
    public var note: String?

    public init(span: SourceSpan?, logical: String, note: String? = nil) {
        self.span = span
        self.logical = logical
        self.note = note
    }
}
