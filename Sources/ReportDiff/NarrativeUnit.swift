import ReportModel

/// A heading or a paragraph: the blocks of narrative the diff aligns, in reading order, so
/// that a renamed or moved heading is reported like a paragraph.
struct NarrativeUnit {
    let text: String
    let location: ParagraphLocation
    /// Index into `Report.paragraphs`; nil for a heading.
    let paragraph: Int?
    private let start: (line: Int, column: Int)

    static func all(in report: Report) -> [NarrativeUnit] {
        let headings = report.sections.map { section in
            NarrativeUnit(
                text: section.marker + section.title,
                location: ParagraphLocation(index: section.index, line: section.span.startLine,
                                            section: section.parent.map { title(report.sections[$0]) }, text: title(section), isHeading: true),
                paragraph: nil, start: (section.span.startLine, section.span.startColumn)
            )
        }
        let paragraphs = report.paragraphs.map { paragraph in
            NarrativeUnit(
                text: paragraph.text,
                location: ParagraphLocation(index: paragraph.index, line: paragraph.span.startLine,
                                            section: paragraph.section.map { title(report.sections[$0]) }, text: paragraph.text, isHeading: false),
                paragraph: paragraph.index, start: (paragraph.span.startLine, paragraph.span.startColumn)
            )
        }
        return (headings + paragraphs).sorted { $0.start < $1.start }
    }

    /// "（一）年度收入总体情况".
    private static func title(_ section: Section) -> String { section.marker + section.title }
}
