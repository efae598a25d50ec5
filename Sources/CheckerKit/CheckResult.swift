/// What one checker found, and how many identities it checked (found or not), so that a
/// clean report can still show how much was verified.
public struct CheckResult: Codable, Hashable, Sendable {
    public var findings: [Finding]
    public var identitiesChecked: Int

    public init(findings: [Finding], identitiesChecked: Int) {
        self.findings = findings
        self.identitiesChecked = identitiesChecked
    }
}
