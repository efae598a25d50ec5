import AuditStore
import ReportModel

extension Workspace {
    /// The revision's parsed model: the one archived at commit when this parser wrote it,
    /// otherwise (no archive, another parser version, damage) parsed afresh from the stored
    /// text, which is always the authority.
    public func report(of revision: Revision) throws -> Report {
        try reports(of: [revision])[0]
    }

    /// The models of several revisions, in order. The store is read one revision after the
    /// other; decoding and parsing are the work, and independent, so they run side by side.
    public func reports(of revisions: [Revision]) throws -> [Report] {
        let archives = try revisions.map { try derivedFile(named: ModelFile.name, of: $0) }
        var reports = archives.concurrentMap { $0.flatMap(ReportArchive.decode) }
        let unarchived = reports.indices.filter { reports[$0] == nil }
        let texts = try unarchived.map { try text(of: revisions[$0]) }
        for (index, report) in zip(unarchived, texts.concurrentMap(ReportParser.parse)) {
            reports[index] = report
        }
        return reports.map { $0! }
    }
}
