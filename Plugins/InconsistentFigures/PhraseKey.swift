/// A figure's naming words (`NamingWords`) as compared between figures.
///
/// Chinese has no spaces, so phrases are compared as whole character strings after removing
/// words that change the wording but not the quantity: the adverbs 累计, 总计, 共计, 已 anywhere
/// ("大厅自启用以来累计接待…" = "大厅自启用以来接待…"), and leading 共/总 or trailing copulas
/// 为/是/达/共/有 ("认证成功企业数为" = "认证成功企业数"). Nothing else is dropped: Chinese noun
/// phrases put their head last and every modifier before it narrows the quantity ("涉及一般公共
/// 预算支出" of the department is not "…项目开展了重点绩效评价涉及一般公共预算支出"), so a phrase
/// that is only a suffix of another names a different quantity as far as this checker can tell.
///
/// Worked on scalars: the checker keys every figure of the report, and Foundation's
/// `replacingOccurrences` (NSString on Linux) cost more than the rest of the key.
struct PhraseKey: Hashable {
    let text: String

    private static let anywhere = ["累计", "总计", "共计", "已经", "已"]
    private static let leading: Set<Unicode.Scalar> = ["共", "总"]
    private static let trailing: Set<Unicode.Scalar> = ["为", "是", "达", "共", "有"]

    init(phrase: String) {
        var scalars = Array(Self.anywhere.reduce(phrase) { $0.removingAll($1) }.unicodeScalars)
        let leads = scalars.prefix { Self.leading.contains($0) }.count
        scalars.removeFirst(min(leads, max(scalars.count - 1, 0)))
        let trails = scalars.reversed().prefix { Self.trailing.contains($0) }.count
        scalars.removeLast(min(trails, max(scalars.count - 1, 0)))
        text = String(String.UnicodeScalarView(scalars))
    }

    /// Scalars, the way the report model counts text.
    var length: Int { text.unicodeScalars.count }
}
