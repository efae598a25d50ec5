/// A table row only one version has.
public struct RowChange: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable { case added, removed }

    public var kind: Kind
    public var table: String
    public var side: String?
    public var code: String?
    public var row: String
    /// The row's cells as printed, one per column ("" where empty).
    public var values: [String]
    /// Line of the row in the version that has it.
    public var line: Int

    public init(kind: Kind, table: String, side: String?, code: String?, row: String, values: [String], line: Int) {
        self.kind = kind
        self.table = table
        self.side = side
        self.code = code
        self.row = row
        self.values = values
        self.line = line
    }
}
