import ReportModel

/// A heading or a paragraph: the blocks of narrative the diff aligns, in reading order, so
/// that a renamed or moved heading is reported like a paragraph.
struct NarrativeUnit {
    let text: String
    /// Index into `Report.paragraphs`; nil for a heading.
    let paragraph: Int?
    /// Index into `Report.sections` for a heading.
    private let heading: Int?

    static func all(in report: Report) -> [NarrativeUnit] {
        let starts = report.sections.map { ($0.span.startLine, $0.span.startColumn) }
            + report.paragraphs.map { ($0.span.startLine, $0.span.startColumn) }
        let headings = report.sections.count
        return starts.indices.sorted { starts[$0] < starts[$1] }.map { index in
            index < headings
                ? NarrativeUnit(text: title(report.sections[index]), paragraph: nil, heading: index)
                : NarrativeUnit(text: report.paragraphs[index - headings].text, paragraph: index - headings, heading: nil)
        }
    }

    /// Built only for the units that changed: most are the same in both versions, and naming
    /// each one's section cost more than aligning them.
    func location(in report: Report) -> ParagraphLocation {
        if let heading {
            let section = report.sections[heading]
            return ParagraphLocation(index: section.index, line: section.span.startLine,
                                     section: section.parent.map { Self.title(report.sections[$0]) }, text: text, isHeading: true)
        }
        let paragraph = report.paragraphs[paragraph!]
        return ParagraphLocation(index: paragraph.index, line: paragraph.span.startLine,
                                 section: paragraph.section.map { Self.title(report.sections[$0]) }, text: paragraph.text, isHeading: false)
    }

    /// "（一）年度收入总体情况".
    private static func title(_ section: Section) -> String { section.marker + section.title }
}
