import CheckerKit
import PDF

/// A box drawn over a page's words: the level's colour, translucent, with the finding's number
/// beside it when it has one.
public struct PageHighlight: Equatable, Sendable {
    /// In page points from the top left, as `PlacedWord` boxes are.
    public var box: PDFBox
    public var level: Level
    public var number: Int?
    /// A related place (the other figure, a term of a sum): drawn lighter than the finding's own.
    public var isRelated: Bool

    public init(box: PDFBox, level: Level, number: Int? = nil, isRelated: Bool = false) {
        self.box = box
        self.level = level
        self.number = number
        self.isRelated = isRelated
    }
}
