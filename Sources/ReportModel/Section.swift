/// A heading of the report's hierarchy: 第一部分 > 一、 > （一） > 1. > （1） > ①.
public struct Section: Codable, Hashable, Sendable {
    /// Position in `Report.sections`.
    public var index: Int
    /// 1 for 第…部分, 2 for 一、, 3 for （一）, 4 for 1., 5 for （1）, 6 for ①.
    public var level: Int
    /// The numbering as printed: "第三部分", "二、", "（一）", "3.", "（12）", "①".
    public var marker: String
    public var title: String
    /// Index of the enclosing section in `Report.sections`.
    public var parent: Int?
    public var span: SourceSpan

    public init(index: Int, level: Int, marker: String, title: String, parent: Int?, span: SourceSpan) {
        self.index = index
        self.level = level
        self.marker = marker
        self.title = title
        self.parent = parent
        self.span = span
    }
}
