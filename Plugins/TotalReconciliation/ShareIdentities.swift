import Foundation
import ReportModel

/// Shares: "X 万元，占 W 的 p%" where W is a figure named earlier in the paragraph or a table
/// total, the "三公" breakdown "公务接待费支出 1.13 万元，占 16.31%" of 表7's 决算 合计, and the
/// breakdown of a whole the paragraph opens with (Shanghai): "一般公共预算财政拨款支出 307.82
/// 万元，主要用于以下方面：…住房保障支出（类）29.42 万元，占 9.55%" or "本年支出合计 307.82 万元，
/// 其中：基本支出 105.58 万元，占 34.30%".
enum ShareIdentities {
    private static let number = NarrativeParagraph.number
    private static let named = try! NSRegularExpression(pattern: number + #"\s*万元，\s*占([^，。；0-9%]{2,24}?)的\s*"# + number + #"\s*%"#)
    private static let threePublic = try! NSRegularExpression(
        pattern: #"("# + ThreePublicItems.alternatives + #")(?:支出)?\s*"# + number + #"\s*万元，\s*占\s*"# + number + #"\s*%"#
    )

    private static let listWhole = try! NSRegularExpression(pattern: number + #"\s*万元，\s*(?:其中|主要用于以下方面|主要用于)[：:]"#)
    private static let listPart = try! NSRegularExpression(pattern: number + #"\s*万元，\s*占\s*"# + number + #"\s*%"#)

    /// Wholes the narrative names but does not print beside the share.
    private static let tableWholes: [String: (TableFigures) -> Term?] = [
        "一般公共预算项目支出总额": { $0.total(.generalBudgetExpenditure, column: "项目支出") },
    ]

    static func identities(_ narrative: Narrative, _ figures: TableFigures) -> [any Identity] {
        narrative.paragraphs.flatMap { paragraph -> [any Identity] in
            let namedShares = paragraph.matches(named).compactMap { namedShare(paragraph, $0, figures) }
            let threePublicShares = paragraph.matches(threePublic).compactMap { threePublicShare(paragraph, $0, figures) }
            let listShares = threePublicShares.isEmpty ? self.listShares(paragraph) : []
            return namedShares + threePublicShares + listShares
        }
    }

    /// Each "P 万元，占 p%" after the paragraph's opening whole, as a share of that whole.
    private static func listShares(_ paragraph: NarrativeParagraph) -> [any Identity] {
        guard let opening = paragraph.matches(listWhole).first, let whole = paragraph.term(opening.range(at: 1)) else { return [] }
        return paragraph.matches(listPart).filter { $0.range.location > opening.range.location }.compactMap { match in
            guard let part = paragraph.term(match.range(at: 1)), let rate = paragraph.term(match.range(at: 2)) else { return nil }
            return RatioIdentity(kind: .share, place: rate.id, percentage: rate, numerator: SignedSum(added: [part]), denominator: SignedSum(added: [whole]))
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
