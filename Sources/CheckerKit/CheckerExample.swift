/// A small report snippet and the findings it must (triggering) or must not
/// (non-triggering) produce. One generic test runs every registered checker's examples.
public struct CheckerExample: Sendable {
    public var title: String
    /// Report text in the same form as a stored report, parsed by `ReportParser`.
    public var report: String
    public var findings: [ExpectedFinding]
    /// Last year's report, for checkers that compare with it; nil when the example has none.
    public var previous: String?

    public init(title: String, report: String, findings: [ExpectedFinding], previous: String? = nil) {
        self.title = title
        self.report = report
        self.findings = findings
        self.previous = previous
    }
}

/// Enough of a finding to recognise it: rule, level and a piece of its message.
public struct ExpectedFinding: Sendable, CustomStringConvertible {
    public var ruleID: String
    public var level: Level
    public var messageContains: String

    public init(ruleID: String, level: Level, messageContains: String) {
        self.ruleID = ruleID
        self.level = level
        self.messageContains = messageContains
    }

    public func matches(_ finding: Finding) -> Bool {
        finding.ruleID == ruleID && finding.level == level && finding.message.contains(messageContains)
    }

    public var description: String { "\(level) \(ruleID) containing \"\(messageContains)\"" }
}
