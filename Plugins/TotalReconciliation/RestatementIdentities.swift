import Foundation
import ReportModel

/// A figure the 情况说明 states about a table equals the table's figure: 总收入 = 表1 总计,
/// 基本支出 = 表3 合计 基本支出, 机关运行经费 = 表6 公用经费合计, the "三公" items = 表7, …
enum RestatementIdentities {
    /// Where a restated phrase may start: the paragraph start, a blank, a list marker or punctuation.
    static let boundary = #"(?:^|(?<=[\s.．、：:；;，,。]))"#
    static let number = NarrativeParagraph.number

    struct Pattern {
        var regex: NSRegularExpression
        /// The table figure, given the subject the regex captured in group 1.
        var figure: (TableFigures, String) -> Term?
    }

    static let patterns: [Pattern] = [
        pattern(#"其中(本年收入)\s*"# + number + #"\s*万元"#) { figures, _ in figures.summary("收入") { $0 == "本年收入合计" } },
        pattern(#"其中(本年支出)\s*"# + number + #"\s*万元"#) { figures, _ in figures.summary("支出") { $0 == "本年支出合计" } },
        pattern(boundary + #"(一般公共预算财政拨款收入|政府性基金预算财政拨款收入|国有资本经营预算财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入)\s*"# + number + #"\s*万元"#) { figures, subject in
            figures.summary("收入") { $0 == subject }
        },
        pattern(boundary + #"(基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出)\s*"# + number + #"\s*万元"#) { figures, subject in
            figures.total(.expenditure, column: subject)
        },
        pattern(#"(财政拨款收入合计)\s*"# + number + #"\s*万元"#) { figures, _ in figures.appropriation("收入", row: "本年收入") },
        pattern(#"(财政拨款支出合计)\s*"# + number + #"\s*万元"#) { figures, _ in figures.appropriation("支出", row: "本年支出", column: "合计") },
        pattern(boundary + #"(一般公共预算|政府性基金预算|国有资本经营预算)财政拨款支出\s*"# + number + #"\s*万元"#) { figures, subject in
            figures.appropriation("支出", row: "本年支出", column: subject + "财政拨款")
        },
        pattern(#"(机关运行经费)支出\s*"# + number + #"\s*万元"#) { figures, _ in figures.basicDetailTotal("公用经费合计") },
        pattern(#"("# + ThreePublicItems.alternatives + #")(?:支出)?(?:决算)?(?:为)?\s*"# + number + #"\s*万元"#) { figures, subject in
            ThreePublicItems.column(for: subject).flatMap { figures.threePublic("决算数", $0) }
        },
        pattern(#"("# + ThreePublicItems.alternatives + #")(?:支出)?(?:决算)?(?:为)?\s*[0-9][0-9,.]*\s*万元，\s*完成预算\s*"# + number + #"\s*万元"#) { figures, subject in
            ThreePublicItems.column(for: subject).flatMap { figures.threePublic("预算数", $0) }
        },
    ]

    /// The two summary tables' 总计, restated in 万元 or 亿元 (the seed: "2021年度总收入28,855.11万元";
    /// Shanghai: "2024年度收入支出总计2995.39万元", "2024年度财政拨款收入支出总计0.3万元"); group 3 is the unit.
    static let grandTotals: [Pattern] = [
        pattern(#"年度(总收入)\s*"# + number + #"\s*(万元|亿元)"#) { figures, _ in figures.summary("收入") { $0 == "总计" } },
        pattern(#"年度(总支出)\s*"# + number + #"\s*(万元|亿元)"#) { figures, _ in figures.summary("支出") { $0 == "总计" } },
        pattern(#"年度(收入支出总计)\s*"# + number + #"\s*(万元|亿元)"#) { figures, _ in figures.grandTotal(.incomeExpenditureSummary) },
        pattern(#"年度(财政拨款收入支出总计)\s*"# + number + #"\s*(万元|亿元)"#) { figures, _ in figures.grandTotal(.fiscalAppropriationSummary) },
    ]

    static func identities(_ narrative: Narrative, _ figures: TableFigures) -> [any Identity] {
        restatements(patterns, narrative, figures) { stated, table, _ in
            SumIdentity(rule: .restatement, place: stated.id, stated: [stated], parts: [table])
        } + restatements(grandTotals, narrative, figures) { stated, table, unit in
            UnitRestatement(stated: stated, unit: unit, table: table)
        }
    }

    /// Each match of `patterns` whose figure the tables hold, made into an identity from the
    /// stated term, the table term and the unit group (empty where the pattern has none).
    private static func restatements(_ patterns: [Pattern], _ narrative: Narrative, _ figures: TableFigures,
                                     _ make: (Term, Term, String) -> any Identity) -> [any Identity] {
        narrative.paragraphs.flatMap { paragraph in
            patterns.flatMap { pattern in
                paragraph.matches(pattern.regex).compactMap { match -> (any Identity)? in
                    guard let stated = paragraph.term(match.range(at: 2)),
                          let table = pattern.figure(figures, paragraph.substring(match.range(at: 1))) else { return nil }
                    let unit = match.numberOfRanges > 3 ? paragraph.substring(match.range(at: 3)) : ""
                    return make(stated, table, unit)
                }
            }
        }
    }

    private static func pattern(_ regex: String, _ figure: @escaping (TableFigures, String) -> Term?) -> Pattern {
        Pattern(regex: try! NSRegularExpression(pattern: regex), figure: figure)
    }
}
