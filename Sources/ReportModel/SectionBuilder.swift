/// Sorts paragraph drafts into headings (sections) and body paragraphs, and links each
/// paragraph to its innermost section.
struct SectionBuilder {
    private(set) var sections: [Section] = []
    private(set) var paragraphs: [Paragraph] = []
    /// Each paragraph's text as scalars, kept for the figure scan rather than decoded again.
    private(set) var paragraphScalars: [[Unicode.Scalar]] = []
    /// Indices of the sections still open, outermost first: the parent of a new heading is
    /// the innermost one of a higher level.
    private var open: [Int] = []

    mutating func add(_ draft: ParagraphAssembler.Draft) {
        guard let span = draft.span else { return }
        let scalars = draft.scalars
        if let marker = HeadingMarker.at(scalars[...]), SectionBuilder.isHeading(scalars, marker: marker) {
            let title = SectionBuilder.cleanTitle(scalars[marker.length...])
            while let top = open.last, sections[top].level >= marker.level { open.removeLast() }
            let parent = open.last
            open.append(sections.count)
            sections.append(Section(index: sections.count, level: marker.level, marker: marker.text, title: title, parent: parent, span: span))
        } else {
            paragraphs.append(Paragraph(index: paragraphs.count, text: draft.text, section: currentSection, span: span, pieces: draft.pieces))
            paragraphScalars.append(scalars)
        }
    }

    private var currentSection: Int? { sections.last?.index }

    /// A heading is short and has no sentence punctuation; a long or punctuated marked
    /// paragraph is a list item ("1.一般公共预算财政拨款收入 …，增长 72.42%。").
    static func isHeading(_ scalars: [Unicode.Scalar], marker: HeadingMarker) -> Bool {
        var body = scalars[marker.length...]
        while let last = body.last, last == "：" || last == ":" || last.isBlank { body = body.dropLast() }
        return !body.isEmpty && body.count <= 50 && !body.contains { "。，；！？".unicodeScalars.contains($0) }
    }

    /// "部门 主要职责" → "部门主要职责": blanks between CJK characters are extraction artefacts.
    static func cleanTitle(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var result = String.UnicodeScalarView()
        let chars = Array(scalars)
        for (index, scalar) in chars.enumerated() {
            if scalar.isBlank {
                let before = result.last
                let after = chars[(index + 1)...].first { !$0.isBlank }
                if let before, let after, before.isASCIIAlphanumeric, after.isASCIIAlphanumeric { result.append(" ") }
                continue
            }
            result.append(scalar)
        }
        var title = String(result)
        while title.hasSuffix("：") || title.hasSuffix(":") { title.removeLast() }
        return title
    }
}
