import PDF

/// A word of a page's text layer: characters poppler placed side by side with no space between.
public struct PDFWord: Equatable, Sendable {
    public var text: String
    /// 1 for the first page.
    public var page: Int
    public var box: PDFBox
    public var fontSize: Double

    public init(text: String, page: Int, box: PDFBox, fontSize: Double) {
        self.text = text
        self.page = page
        self.box = box
        self.fontSize = fontSize
    }
}

/// A word and where the layout text wrote it: `line` counts from 1 over the whole text,
/// `column` is the display column from 0 (a CJK character two columns, an ASCII one).
public struct PlacedWord: Equatable, Sendable {
    public var word: PDFWord
    public var line: Int
    public var column: Int

    public init(word: PDFWord, line: Int, column: Int) {
        self.word = word
        self.line = line
        self.column = column
    }
}
