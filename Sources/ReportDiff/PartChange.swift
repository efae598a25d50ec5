import Localization
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
    public var description: String { description(in: .en) }

    /// "删除表：表8", "增加列：表7 决算数·会议费".
    public func description(in language: Language) -> String {
        guard language == .zh else { return "\(part.rawValue) \(kind.rawValue): \(name)" }
        return "\(ChangeWording.verb(kind))\(part == .table ? "表" : "列")：\(name)"
    }
}
