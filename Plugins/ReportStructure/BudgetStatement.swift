import CheckerKit
import Foundation
import ReportModel

/// What an item of the 情况说明 says about its budget and final figures, in reading order:
/// "年初预算为 B 万元，支出决算为 E 万元，完成年初预算的 p%。决算数小于预算数的主要原因…".
enum BudgetStatement {
    /// 年初预算, 全年预算, 调整预算, or a budget the sentence does not qualify.
    enum Budget: String { case initial = "年初预算", annual = "全年预算", adjusted = "调整预算", unqualified = "预算" }
    enum Direction: String { case greater = "大于", less = "小于", equal = "等于" }

    case budget(Budget, Amount, TextMatch)
    case final(Amount, TextMatch)
    case comparison(Direction, Budget, TextMatch)
    case completion(Budget, Amount, TextMatch)

    var match: TextMatch {
        switch self {
        case .budget(_, _, let match), .final(_, let match), .comparison(_, _, let match), .completion(_, _, let match): match
        }
    }

    private static let number = #"([0-9][0-9,]*(?:\.[0-9]+)?)"#
    private static let qualifier = #"(年初|全年|调整)?"#

    /// The statements of a paragraph, in reading order.
    static func read(_ paragraph: Paragraph) -> [BudgetStatement] {
        let budgets = TextMatch.all(#"(年初预算|全年预算|调整预算|预算)数?(?:为|是)?\s*"# + number + #"\s*万元"#, in: paragraph).compactMap { match in
            amount(match.groups[1]).map { BudgetStatement.budget(budget(match.groups[0]), $0, match) }
        }
        let finals = TextMatch.all(#"(?:支出决算|决算数?|执行数)(?:为|是)\s*"# + number + #"\s*万元"#, in: paragraph).compactMap { match in
            amount(match.groups[0]).map { BudgetStatement.final($0, match) }
        }
        let comparisons = TextMatch.all(#"决算数?\s*(大于|小于|等于|高于|低于)\s*"# + qualifier + #"\s*预算数?(?!\s*（)"#, in: paragraph).compactMap { match -> BudgetStatement? in
            guard !followedByAlternative(match) else { return nil }
            return .comparison(direction(match.groups[0]!), budget(match.groups[1].map { $0 + "预算" }), match)
        }
        let level = TextMatch.all(#"决算数?\s*与\s*"# + qualifier + #"\s*预算数?\s*持平"#, in: paragraph).map { match in
            BudgetStatement.comparison(.equal, budget(match.groups[0].map { $0 + "预算" }), match)
        }
        let completions = TextMatch.all(#"完成\s*"# + qualifier + #"\s*预算数?\s*(?:[0-9][0-9,.]*\s*万元\s*)?的\s*"# + number + #"\s*[%％]"#, in: paragraph).compactMap { match in
            amount(match.groups[1]).map { BudgetStatement.completion(budget(match.groups[0].map { $0 + "预算" }), $0, match) }
        }
        return (budgets + finals + comparisons + level + completions).sorted { $0.match.range.upperBound < $1.match.range.upperBound }
    }

    /// "大于（小于）": the template's alternative, reported as a placeholder.
    private static func followedByAlternative(_ match: TextMatch) -> Bool {
        let text = match.paragraph.text
        let before = text[text.startIndex..<match.range.lowerBound].suffix(1)
        return text[match.range].contains("（") || before == "）"
    }

    private static func budget(_ word: String?) -> Budget {
        word.flatMap(Budget.init(rawValue:)) ?? .unqualified
    }

    private static func direction(_ word: String) -> Direction {
        switch word {
        case "大于", "高于": .greater
        case "小于", "低于": .less
        default: .equal
        }
    }

    static func amount(_ printed: String?) -> Amount? {
        guard let printed else { return nil }
        let plain = printed.replacingOccurrences(of: ",", with: "")
        guard let value = Decimal(plain: plain) else { return nil }
        let decimals = plain.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
        return Amount(printed: printed, value: value, decimals: decimals)
    }
}
