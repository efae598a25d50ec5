import AuditStore
import ReportModel

extension Workspace {
    /// The revision's parsed model: the one archived at commit when this parser wrote it,
    /// otherwise (no archive, another parser version, damage) parsed afresh from the text,
    /// which is always the authority.
    public func report(of revision: Revision) throws -> Report {
        if let archive = try derivedFile(named: ModelFile.name, of: revision), let report = ReportArchive.decode(archive) {
            return report
        }
        return ReportParser.parse(try text(of: revision))
    }
}
