import AuditStore
import ReportModel

extension Workspace {
    /// The revision's parsed model: the one archived at commit when this parser wrote it with
    /// the vocabulary `reading` chooses, otherwise (no archive, another parser version or
    /// vocabulary, damage) parsed afresh from the stored text, which is always the authority.
    public func report(of revision: Revision, reading: ReportReading) throws -> Report {
        try reports(of: [revision], reading: reading)[0]
    }

    /// The models of several revisions, in order. The store is read one revision after the
    /// other; decoding and parsing are the work, and independent, so they run side by side.
    /// The texts are read first only where `reading` may choose another vocabulary than the
    /// standard one.
    public func reports(of revisions: [Revision], reading: ReportReading) throws -> [Report] {
        var texts: [String?] = try revisions.map { reading.varies ? try text(of: $0) : nil }
        let vocabularies = texts.map { $0.map(reading.vocabulary) ?? .standard }
        let archives = try revisions.indices.map { try derivedFile(named: ModelFile.name(for: vocabularies[$0]), of: revisions[$0]) }
        var reports = archives.concurrentMap { $0.flatMap(ReportArchive.decode) }
        let unarchived = reports.indices.filter { reports[$0] == nil }
        for index in unarchived where texts[index] == nil {
            texts[index] = try text(of: revisions[index])
        }
        let parsed = unarchived.map { (texts[$0]!, vocabularies[$0]) }.concurrentMap { ReportParser.parse($0.0, vocabulary: $0.1) }
        for (index, report) in zip(unarchived, parsed) {
            reports[index] = report
        }
        return reports.map { $0! }
    }
}
