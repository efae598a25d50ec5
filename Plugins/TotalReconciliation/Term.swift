import ReportModel

/// A figure an identity speaks about: a table cell or a number in the narrative.
struct Term: Hashable {
    /// The logical location, unique in the report and free of line numbers:
    /// "表3 / 2010301 行政运行 / 基本支出", "情况说明 / （一）年度收入总体情况 / 总收入".
    var id: String
    /// How a message names the figure inside an identity: "基本支出", "2010301", "总收入".
    var label: String
    var amount: Amount
    var span: SourceSpan
    /// A blank cell: exactly zero, with no rounding to allow for.
    var isBlank = false
}
