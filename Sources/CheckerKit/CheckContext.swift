import ReportModel
import RulePackModel

/// What a checker looks at: the report version under audit and, when the store has one, the
/// previous year's report, for claims about last year; and the rule pack describing its
/// format, chosen by the application layer (checkers never read packs from files).
public struct CheckContext: Sendable {
    public var report: Report
    public var previous: Report?
    /// Nil where no pack was chosen: the identities a pack names are then not stated.
    public var pack: RulePack?

    public init(report: Report, previous: Report? = nil, pack: RulePack? = nil) {
        self.report = report
        self.previous = previous
        self.pack = pack
    }
}
