import FindingsModel


/// A revision's findings as recorded, or recomputed when the record was missing or damaged,
/// in which case `warning` says so.
public struct RecordedRun {
    public var run: AuditRun
    public var warning: String?

    public init(run: AuditRun, warning: String?) {
        self.run = run
        self.warning = warning
    }
}
