/// A figure's naming words (`NamingWords`) as compared between figures.
///
/// Chinese has no spaces, so phrases are compared as whole character strings after removing
/// words that change the wording but not the quantity: the adverbs 累计, 总计, 共计, 已 anywhere
/// ("大厅自启用以来累计接待…" = "大厅自启用以来接待…"), and leading 共/总 or trailing copulas
/// 为/是/达/共/有 ("认证成功企业数为" = "认证成功企业数"). Nothing else is dropped: Chinese noun
/// phrases put their head last and every modifier before it narrows the quantity ("涉及一般公共
/// 预算支出" of the department is not "…项目开展了重点绩效评价涉及一般公共预算支出"), so a phrase
/// that is only a suffix of another names a different quantity as far as this checker can tell.
struct PhraseKey: Hashable {
    let text: String

    private static let anywhere = ["累计", "总计", "共计", "已经", "已"]
    private static let leading: [Character] = ["共", "总"]
    private static let trailing: [Character] = ["为", "是", "达", "共", "有"]

    init(phrase: String) {
        var text = Self.anywhere.reduce(phrase) { $0.replacingOccurrences(of: $1, with: "") }
        while let first = text.first, Self.leading.contains(first), text.count > 1 { text.removeFirst() }
        while let last = text.last, Self.trailing.contains(last), text.count > 1 { text.removeLast() }
        self.text = text
    }

    /// Scalars, the way the report model counts text.
    var length: Int { text.unicodeScalars.count }
}
