import ReportModel

/// What a checker looks at: the report version under audit and, when the store has one, the
/// previous year's report, for claims about last year.
public struct CheckContext: Sendable {
    public var report: Report
    public var previous: Report?

    public init(report: Report, previous: Report? = nil) {
        self.report = report
        self.previous = previous
    }
}
