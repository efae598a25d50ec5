import PDF

/// Groups a page's characters, in poppler's order, into words: a word ends at white space or a
/// control character, at a character that is not on its line, that goes back left, or that
/// leaves a gap of more than a third of the font size (table cells are often drawn with no
/// space character between them).
///
/// A character's box is redrawn around its baseline, the font size tall: poppler's boxes come
/// from each font's ascent and descent, which producers get wrong (ONLYOFFICE's CJK glyphs in
/// the Putuo reports are 3 pt tall, its digits 22 pt, reaching up into the row above), but in
/// every font of those reports the baseline MuPDF reports lies a fifth of the box's height above
/// its bottom, within 1.2 pt. The new box is the usual 0.8 of the size above the baseline and
/// 0.2 below, so rows can be grouped by overlap whatever the fonts.
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
            // A control character in a text layer (a form feed, say) would corrupt the page map.
            if raw.scalar.properties.isWhitespace || raw.scalar.properties.generalCategory == .control
                || raw.box.width <= 0 && raw.box.height <= 0 {
                finish()
                continue
            }
            let character = aroundBaseline(raw)
            if let last = current.last, !continues(last, with: character) { finish() }
            current.append(character)
        }
        finish()
        return words
    }

    private static func aroundBaseline(_ character: PDFCharacter) -> PDFCharacter {
        let size = character.fontSize
        guard size > 0 else { return character }
        var box = character.box
        let baseline = box.y1 - box.height * 0.2
        box.y0 = baseline - size * 0.8
        box.y1 = baseline + size * 0.2
        return PDFCharacter(scalar: character.scalar, box: box, fontSize: size)
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
