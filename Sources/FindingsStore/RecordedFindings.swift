import AuditStore

/// Where the timeline gets each revision's findings: as recorded, or recomputed when the
/// record is missing or damaged. The store only stores; recomputing needs the engine, so the
/// application layer supplies this.
public protocol RecordedFindings {
    var workspace: Workspace { get }
    func recorded(_ revision: Revision) throws -> RecordedRun
}
