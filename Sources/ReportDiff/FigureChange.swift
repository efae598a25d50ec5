import ReportModel

/// A narrative figure whose value changed, named by what it measures.
public struct FigureChange: Codable, Hashable, Sendable {
    /// "大厅自启用以来累计接待群众和企业人数".
    public var phrase: String
    public var unit: String?
    public var old: Amount
    public var new: Amount
    public var change: ValueChange
    public var oldLine: Int
    public var newLine: Int

    public init(phrase: String, unit: String?, old: Amount, new: Amount, oldLine: Int, newLine: Int) {
        self.phrase = phrase
        self.unit = unit
        self.old = old
        self.new = new
        self.change = ValueChange(old: old, new: new)
        self.oldLine = oldLine
        self.newLine = newLine
    }
}
