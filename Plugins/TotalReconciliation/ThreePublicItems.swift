/// How the narrative names the "三公" items, for the shares it states of 表7's 决算 合计
/// ("公务接待费支出 1.13 万元，占 16.31%"). Which 表7 column each name restates is the pack's.
enum ThreePublicItems {
    private static let names = [
        "“三公”经费财政拨款支出", "“三公”经费", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置",
        "公务用车运行及维护", "公务用车运行维护费", "公务用车运行费", "公务接待费",
    ]

    /// The names as regex alternatives, longest first so that 公务用车购置及运行费 wins over 公务用车购置.
    static let alternatives = names.sorted { $0.count > $1.count }.joined(separator: "|")
}
