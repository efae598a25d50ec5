import Foundation
import ReportModel
import RulePackModel

/// A figure the 情况说明 states about a table equals the table's figure: 总收入 = 表1 总计,
/// 基本支出 = 表3 合计 基本支出, 机关运行经费 = 表6 公用经费合计, the "三公" items = 表7, … Which
/// sentence restates which cell is the pack's (`restatements:`); a figure in 万元 or 亿元
/// (`unit: true`) is compared at its unit's precision.
enum RestatementIdentities {
    /// Where a restated phrase may start: the paragraph start, a blank, a list marker or punctuation.
    static let boundary = #"(?:^|(?<=[\s.．、：:；;，,。]))"#
    static let number = NarrativeParagraph.number

    /// The pack's restatements in its order, those stated in one unit first, each over every
    /// paragraph.
    static func identities(_ narrative: Narrative, _ figures: TableFigures, _ pack: RulePack) -> [any Identity] {
        let patterns = pack.restatements.compactMap { restatement in regex(restatement).map { (restatement, $0) } }
        return restatements(patterns.filter { !$0.0.unit }, narrative, figures) { stated, table, _ in
            SumIdentity(rule: .restatement, place: stated.id, stated: [stated], parts: [table])
        } + restatements(patterns.filter { $0.0.unit }, narrative, figures) { stated, table, unit in
            UnitRestatement(stated: stated, unit: unit, table: table)
        }
    }

    /// The pattern with its placeholders filled; nil for one the pack could not have loaded.
    private static func regex(_ restatement: PackRestatement) -> NSRegularExpression? {
        let subjects = restatement.subjects.map(\.name).sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern)
        let pattern = restatement.pattern.replacingOccurrences(of: "{boundary}", with: boundary)
            .replacingOccurrences(of: "{number}", with: number)
            .replacingOccurrences(of: "{subjects}", with: subjects.joined(separator: "|"))
        return try? NSRegularExpression(pattern: pattern)
    }

    /// Each match whose cell the tables hold, made into an identity from the stated term, the
    /// table term and the unit group (empty where the pattern has none).
    private static func restatements(_ patterns: [(PackRestatement, NSRegularExpression)], _ narrative: Narrative, _ figures: TableFigures,
                                     _ make: (Term, Term, String) -> any Identity) -> [any Identity] {
        narrative.paragraphs.flatMap { paragraph in
            patterns.flatMap { restatement, regex in
                paragraph.matches(regex).compactMap { match -> (any Identity)? in
                    guard let stated = paragraph.term(match.range(at: 2)),
                          let subject = restatement.subject(paragraph.substring(match.range(at: 1))),
                          let table = figures.cell(restatement.cell, subject: subject) else { return nil }
                    let unit = restatement.unit && match.numberOfRanges > 3 ? paragraph.substring(match.range(at: 3)) : ""
                    return make(stated, table, unit)
                }
            }
        }
    }
}
