import Foundation
import ReportModel

/// Shares: "X 万元，占 W 的 p%" where W is a figure named earlier in the paragraph or a table
/// total, and the "三公" breakdown "公务接待费支出 1.13 万元，占 16.31%" of 表7's 决算 合计.
enum ShareIdentities {
    private static let number = NarrativeParagraph.number
    private static let named = try! NSRegularExpression(pattern: number + #"\s*万元，\s*占([^，。；0-9%]{2,24}?)的\s*"# + number + #"\s*%"#)
    private static let threePublic = try! NSRegularExpression(
        pattern: #"("# + ThreePublicItems.alternatives + #")(?:支出)?\s*"# + number + #"\s*万元，\s*占\s*"# + number + #"\s*%"#
    )

    /// Wholes the narrative names but does not print beside the share.
    private static let tableWholes: [String: (TableFigures) -> Term?] = [
        "一般公共预算项目支出总额": { $0.total(.generalBudgetExpenditure, column: "项目支出") },
    ]

    static func identities(_ narrative: Narrative, _ figures: TableFigures) -> [any Identity] {
        narrative.paragraphs.flatMap { paragraph -> [any Identity] in
            let namedShares = paragraph.matches(named).compactMap { namedShare(paragraph, $0, figures) }
            let threePublicShares = paragraph.matches(threePublic).compactMap { threePublicShare(paragraph, $0, figures) }
            return namedShares + threePublicShares
        }
    }

    private static func namedShare(_ paragraph: NarrativeParagraph, _ match: NSTextCheckingResult, _ figures: TableFigures) -> (any Identity)? {
        let name = paragraph.substring(match.range(at: 2))
        guard let part = paragraph.term(match.range(at: 1)), let rate = paragraph.term(match.range(at: 3)),
              let whole = earlierFigure(named: name, in: paragraph, before: match.range.location) ?? tableWholes[name]?(figures) else { return nil }
        return RatioIdentity(kind: .share, place: rate.id, percentage: rate, numerator: SignedSum(added: [part]), denominator: SignedSum(added: [whole]))
    }

    private static func threePublicShare(_ paragraph: NarrativeParagraph, _ match: NSTextCheckingResult, _ figures: TableFigures) -> (any Identity)? {
        guard let part = paragraph.term(match.range(at: 2)), let rate = paragraph.term(match.range(at: 3)),
              let whole = figures.threePublic("决算数", "合计") else { return nil }
        return RatioIdentity(kind: .share, place: rate.id, percentage: rate, numerator: SignedSum(added: [part]), denominator: SignedSum(added: [whole]))
    }

    /// "政府采购支出总额 6458.59 万元" earlier in the same paragraph.
    private static func earlierFigure(named name: String, in paragraph: NarrativeParagraph, before location: Int) -> Term? {
        let escaped = NSRegularExpression.escapedPattern(for: name)
        guard let regex = try? NSRegularExpression(pattern: escaped + #"(?:为|是)?\s*"# + number + #"\s*万元"#) else { return nil }
        let earlier = paragraph.matches(regex).filter { $0.range.location < location }
        return earlier.first.flatMap { paragraph.term($0.range(at: 1)) }
    }
}
