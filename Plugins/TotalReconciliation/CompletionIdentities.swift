import Foundation
import ReportModel

/// Budget completion: "全年预算数为 B 万元，执行数为 E 万元，完成预算的 p%" and the "三公" form
/// "决算为 E 万元，完成预算 B 万元的 p%", and Shanghai's "全年预算为 B 万元，支出决算为 E 万元，完成
/// 全年预算数的 p%": p = E ÷ B. The Shanghai form is read only when the completion names the
/// budget printed before it (全年 with 全年, 年初 with 年初): "完成年初预算的 95.89%" after
/// "年初预算为 0 万元，全年预算为 321.02 万元" is a completion of a zero budget, which
/// inconsistent-figures reports, not a completion of 321.02.
enum CompletionIdentities {
    private static let number = NarrativeParagraph.number
    /// Captures budget, executed, percentage, in that order of groups.
    private static let budgetFirst = try! NSRegularExpression(
        pattern: #"预算数为?\s*"# + number + #"\s*万元，\s*执行数为?\s*"# + number + #"\s*万元，\s*完成预算的\s*"# + number + #"\s*%"#
    )
    private static let executedFirst = try! NSRegularExpression(
        pattern: #"决算为?\s*"# + number + #"\s*万元，\s*完成预算\s*"# + number + #"\s*万元的\s*"# + number + #"\s*%"#
    )

    private static let shanghai = try! NSRegularExpression(
        pattern: #"(年初|全年|)预算数?为?\s*"# + number + #"\s*万元，\s*支出决算为?\s*"# + number + #"\s*万元，\s*完成\1预算数?的\s*"# + number + #"\s*%"#
    )

    static func identities(_ narrative: Narrative) -> [any Identity] {
        narrative.paragraphs.flatMap { paragraph -> [any Identity] in
            let first = paragraph.matches(budgetFirst).compactMap { identity(paragraph, $0, budget: 1, executed: 2) }
            let second = paragraph.matches(executedFirst).compactMap { identity(paragraph, $0, budget: 2, executed: 1) }
            let third = paragraph.matches(shanghai).compactMap { identity(paragraph, $0, budget: 2, executed: 3, rate: 4) }
            return first + second + third
        }
    }

    private static func identity(_ paragraph: NarrativeParagraph, _ match: NSTextCheckingResult, budget: Int, executed: Int, rate: Int = 3) -> (any Identity)? {
        guard let budget = paragraph.term(match.range(at: budget)), let executed = paragraph.term(match.range(at: executed)),
              let rate = paragraph.term(match.range(at: rate)) else { return nil }
        return RatioIdentity(kind: .completion, place: rate.id, percentage: rate, numerator: SignedSum(added: [executed]), denominator: SignedSum(added: [budget]))
    }
}
