/// Parses stored report text into a `Report`. Never fails: text with no recognisable
/// structure yields a model with whatever paragraphs it has.
public enum ReportParser {
    /// What `parse` produces, versioned: bump it with any change that alters the model of some
    /// text, so that models archived by the previous parser are parsed afresh (`ReportArchive`).
    /// `ParserVersionTests` fails when the sample's model changes and this did not.
    public static let version = 6

    /// The model of `text`, its tables read with `vocabulary` (a rule pack's, which may add
    /// titles and columns to the standard one).
    public static func parse(_ text: String, vocabulary: TableVocabulary) -> Report {
        TableVocabulary.$current.withValue(vocabulary) { parse(text) }
    }

    public static func parse(_ text: String) -> Report {
        let lines = SourceLine.split(text)
        var chunks: [TableChunk] = []
        var sections = SectionBuilder()
        var inlineTables: [Table] = []
        for block in ReportLayout(lines).blocks {
            switch block {
            case .table(let chunk):
                chunks.append(chunk)
            case .narrative(let narrative):
                let reader = NarrativeReader(narrative)
                reader.drafts.forEach { sections.add($0) }
                inlineTables += reader.tables
            }
        }
        let tables = TableBuilder.tables(from: chunks) + inlineTables
        let figures = zip(sections.paragraphs, sections.paragraphScalars).flatMap(FigureExtractor.figures)
        return Report(lineCount: lines.count, sections: sections.sections, paragraphs: sections.paragraphs, tables: tables, figures: figures)
    }
}
