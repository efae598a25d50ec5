import Foundation
import ReportModel

/// A change printed as "比上年…增加 Δ" and an explanation in the same paragraph that compares
/// with the same year, "比上年数有所节约": both must point the same way.
enum ExplanationDirectionIdentities {
    private static let explanation = try! NSRegularExpression(pattern: #"比上年[^，。；0-9]{0,6}?有所(节约|减少|下降|增加|增长)"#)
    private static let change = try! NSRegularExpression(pattern: #"比上年[^，。；0-9]{0,8}?(增加|减少)\s*"# + NarrativeParagraph.number + #"\s*万元"#)

    static func identities(_ narrative: Narrative) -> [any Identity] {
        narrative.paragraphs.flatMap { paragraph -> [any Identity] in
            let changes = paragraph.matches(change)
            return paragraph.matches(explanation).compactMap { claim -> (any Identity)? in
                guard let stated = changes.last(where: { $0.range.location < claim.range.location }),
                      let term = paragraph.term(stated.range(at: 2)) else { return nil }
                let word = paragraph.substring(claim.range(at: 1))
                return DirectionIdentity(
                    place: "\(term.id) ↔ 说明", change: term, changeIsIncrease: paragraph.substring(stated.range(at: 1)) == "增加",
                    claim: paragraph.substring(claim.range), claimIsIncrease: word == "增加" || word == "增长", claimSpan: paragraph.span(claim.range)
                )
            }
        }
    }
}
