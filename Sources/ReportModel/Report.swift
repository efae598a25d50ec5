/// Everything recovered from one stored report text. Deterministic: the same text always
/// yields the same model, so models can be compared and stored.
public struct Report: Codable, Hashable, Sendable {
    public var lineCount: Int
    public var sections: [Section]
    public var paragraphs: [Paragraph]
    public var tables: [Table]
    public var figures: [Figure]

    public init(lineCount: Int, sections: [Section], paragraphs: [Paragraph], tables: [Table], figures: [Figure]) {
        self.lineCount = lineCount
        self.sections = sections
        self.paragraphs = paragraphs
        self.tables = tables
        self.figures = figures
    }

    /// The first table of a kind, as recognised by its title.
    public func table(_ kind: TableKind) -> Table? {
        tables.first { $0.kind == kind }
    }

    /// The headings from the outermost down to the section holding this paragraph.
    public func sectionPath(of paragraph: Paragraph) -> [Section] {
        var path: [Section] = []
        var current = paragraph.section
        while let index = current {
            path.insert(sections[index], at: 0)
            current = sections[index].parent
        }
        return path
    }
}
