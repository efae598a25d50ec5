import PDF

/// Groups a page's characters, in poppler's order, into words: a word ends at white space, at a
/// character that is not on its line, that goes back left, or that leaves a gap of more than a
/// third of the font size (table cells are often drawn with no space character between them).
///
/// A character's box is taken as its font size tall, up from the bottom poppler gives it: the
/// heights come from the font's ascent and descent, which producers get wrong (ONLYOFFICE's CJK
/// glyphs in the Putuo reports are 3 pt tall, its digits 22 pt, reaching up into the row above),
/// while the bottoms stay near the baseline and rows are grouped by these heights.
public enum WordGrouping {
    static let gapFraction = 0.33

    public static func words(of characters: [PDFCharacter], page: Int) -> [PDFWord] {
        var words: [PDFWord] = []
        var current: [PDFCharacter] = []
        func finish() {
            if let word = word(from: current, page: page) { words.append(word) }
            current.removeAll(keepingCapacity: true)
        }
        for raw in characters {
            if raw.scalar.properties.isWhitespace || raw.box.width <= 0 && raw.box.height <= 0 {
                finish()
                continue
            }
            let character = fontHigh(raw)
            if let last = current.last, !continues(last, with: character) { finish() }
            current.append(character)
        }
        finish()
        return words
    }

    private static func fontHigh(_ character: PDFCharacter) -> PDFCharacter {
        guard character.fontSize > 0 else { return character }
        var box = character.box
        box.y0 = box.y1 - character.fontSize
        return PDFCharacter(scalar: character.scalar, box: box, fontSize: character.fontSize)
    }

    private static func continues(_ last: PDFCharacter, with next: PDFCharacter) -> Bool {
        let size = max(last.fontSize, next.fontSize, min(last.box.height, next.box.height))
        let gap = next.box.x0 - last.box.x1
        return last.box.verticalOverlap(with: next.box) >= 0.5 && gap <= size * gapFraction && gap >= -size * gapFraction
    }

    private static func word(from characters: [PDFCharacter], page: Int) -> PDFWord? {
        guard let first = characters.first else { return nil }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: characters.map { CJKNormalisation.normalised($0.scalar) })
        let box = characters.dropFirst().reduce(first.box) { $0.union($1.box) }
        let fontSize = characters.map(\.fontSize).max() ?? 0
        return PDFWord(text: String(scalars), page: page, box: box, fontSize: fontSize)
    }
}
