import FindingsModel
import Localization


/// A revision's findings as recorded, or recomputed when the record was missing or damaged,
/// in which case `warning` says so.
public struct RecordedRun {
    public var run: AuditRun
    public var warning: LocalizedText?

    public init(run: AuditRun, warning: LocalizedText?) {
        self.run = run
        self.warning = warning
    }
}
