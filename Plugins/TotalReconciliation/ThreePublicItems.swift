/// How the narrative names the "三公" items, and the 表7 column each one is.
enum ThreePublicItems {
    private static let columns: [(names: [String], column: String)] = [
        (["“三公”经费财政拨款支出", "“三公”经费"], "合计"),
        (["因公出国（境）费"], "因公出国（境）费"),
        (["公务用车购置及运行维护费", "公务用车购置及运行费"], "公务用车购置及运行费·小计"),
        (["公务用车购置"], "公务用车购置费"),
        (["公务用车运行及维护", "公务用车运行维护费", "公务用车运行费"], "公务用车运行费"),
        (["公务接待费"], "公务接待费"),
    ]

    /// The names as regex alternatives, longest first so that 公务用车购置及运行费 wins over 公务用车购置.
    static let alternatives = columns.flatMap(\.names).sorted { $0.count > $1.count }.joined(separator: "|")

    static func column(for name: String) -> String? {
        columns.first { $0.names.contains(name) }?.column
    }
}
