/// A whole table, or a column of one, that only one version has. Its cells are not listed as
/// changes: there is nothing to compare them with.
public struct PartChange: Codable, Hashable, Sendable {
    public enum Part: String, Codable, Hashable, Sendable { case table, column }

    public var kind: RowChange.Kind
    public var part: Part
    /// "表8", or "表7 决算数·会议费" for a column.
    public var name: String

    public init(kind: RowChange.Kind, part: Part, name: String) {
        self.kind = kind
        self.part = part
        self.name = name
    }

    /// "table removed: 表8", "column added: 表7 决算数·会议费".
    public var description: String { "\(part.rawValue) \(kind.rawValue): \(name)" }
}
