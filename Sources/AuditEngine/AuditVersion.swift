/// The version `audit` reports as SARIF `tool.driver.version`.
public enum AuditVersion {
    public static let current = "0.1.0"
}
