/// The version `audit --version` prints and SARIF logs name as `tool.driver.version`.
public enum AuditVersion {
    public static let current = "0.1.0"
}
