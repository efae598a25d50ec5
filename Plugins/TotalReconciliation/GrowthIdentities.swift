import Foundation
import ReportModel

/// "X 万元，比上年决算数增加 Δ 万元，增长 g%": g = Δ ÷ (X − Δ); with 减少/下降, g = Δ ÷ (X + Δ).
/// The word pair itself must agree: 增加 goes with 增长, 减少 with 下降.
enum GrowthIdentities {
    private static let number = NarrativeParagraph.number
    static let regex = try! NSRegularExpression(
        pattern: number + #"\s*万元，\s*比[^，。；0-9]{0,10}?(增加|减少)\s*"# + number + #"\s*万元，\s*(增长|下降|减少)\s*"# + number + #"\s*%"#
    )

    static func identities(_ narrative: Narrative) -> [any Identity] {
        narrative.paragraphs.flatMap { paragraph in
            paragraph.matches(regex).flatMap { identities(paragraph, $0) }
        }
    }

    private static func identities(_ paragraph: NarrativeParagraph, _ match: NSTextCheckingResult) -> [any Identity] {
        guard let current = paragraph.term(match.range(at: 1)), let change = paragraph.term(match.range(at: 3)),
              let rate = paragraph.term(match.range(at: 5)) else { return [] }
        let increase = paragraph.substring(match.range(at: 2)) == "增加"
        let rateWord = paragraph.substring(match.range(at: 4))
        let base = increase ? SignedSum(added: [current], subtracted: [change]) : SignedSum(added: [current, change])
        let ratio = RatioIdentity(kind: .growth, place: rate.id, percentage: rate, numerator: SignedSum(added: [change]), denominator: base)
        let words = DirectionIdentity(
            place: change.id, change: change, changeIsIncrease: increase,
            claim: "\(rateWord) \(rate.amount.printed)%", claimIsIncrease: rateWord == "增长", claimSpan: rate.span
        )
        return [ratio, words]
    }
}
