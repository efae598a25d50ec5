/// One piece of a changed paragraph, in reading order: text both versions share, or a change.
public struct InlineEdit: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
        /// Text both versions have.
        case same
        /// Text only the old version has.
        case deleted
        /// Text only the new version has.
        case inserted
        /// Text the new version has in place of the old.
        case replaced
        /// One number with the same unit in both, changed in value: `127748 → 123788 人`.
        case number
    }

    public var kind: Kind
    /// The old text (for `same`, the text both share); nil for `inserted`.
    public var old: String?
    /// The new text; nil for `deleted` and `same`.
    public var new: String?
    /// The unit of a `number` change ("人", "万元"); empty when the number has none.
    public var unit: String?

    public init(kind: Kind, old: String? = nil, new: String? = nil, unit: String? = nil) {
        self.kind = kind
        self.old = old
        self.new = new
        self.unit = unit
    }

    static func same(_ text: String) -> InlineEdit { InlineEdit(kind: .same, old: text) }

    /// True for every kind but `same`.
    public var isChange: Bool { kind != .same }
}
