import ReportModel

extension RulePack {
    /// The parser's vocabulary for this format: the standard one with the titles of the pack's
    /// tables and the words of their value columns (`决算数·会议费` gives 决算数 and 会议费) it
    /// lacks. The built-in packs add nothing.
    public var vocabulary: TableVocabulary {
        let titles = tables.flatMap { table in table.titles.map { (title: $0, kind: table.kind ?? .other) } }
        let columns = tables.flatMap { table in (table.columns + table.sideColumns.values.flatMap { $0 }).flatMap { $0.components(separatedBy: "·") } }
        return TableVocabulary.standard.adding(titles: titles, columns: columns)
    }
}
