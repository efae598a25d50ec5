/// A mistake in a rule pack, where it is: "rules/x.yml:12:9: unknown table '表11'". One line,
/// so the command line reports it as `audit: <this>` with exit status 2.
public struct RulePackError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}
