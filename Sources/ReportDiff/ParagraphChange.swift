/// A paragraph, or a heading, that differs between the versions.
public struct ParagraphChange: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
        /// Edited in place.
        case edited
        case added
        case removed
        /// Moved to another place, with `edits` if it was also edited.
        case moved
    }

    public var kind: Kind
    /// Nil for `added`.
    public var old: ParagraphLocation?
    /// Nil for `removed`.
    public var new: ParagraphLocation?
    /// The paragraph in reading order, shared text and changes; empty for added, removed and
    /// moved-unedited paragraphs.
    public var edits: [InlineEdit]

    public init(kind: Kind, old: ParagraphLocation?, new: ParagraphLocation?, edits: [InlineEdit]) {
        self.kind = kind
        self.old = old
        self.new = new
        self.edits = edits
    }
}

/// Where a paragraph or heading is in one version.
public struct ParagraphLocation: Codable, Hashable, Sendable {
    /// Position in `Report.paragraphs`, or for a heading in `Report.sections`.
    public var index: Int
    public var line: Int
    /// The innermost heading above it, as printed ("（一）年度收入总体情况").
    public var section: String?
    public var text: String
    public var isHeading: Bool

    public init(index: Int, line: Int, section: String?, text: String, isHeading: Bool = false) {
        self.index = index
        self.line = line
        self.section = section
        self.text = text
        self.isHeading = isHeading
    }
}
