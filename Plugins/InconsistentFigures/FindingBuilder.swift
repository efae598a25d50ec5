import CheckerKit
import Foundation
import ReportModel

/// Turns groups into findings that quote every value as printed, with its line, its phrase and
/// its time, e.g. "大厅自启用以来累计接待群众和企业人数: 123788 人 (line 1352) vs 127748 人 (line 1626)".
struct FindingBuilder {
    let report: Report
    let seriesNotes: Bool

    func findings(_ group: QuantityGroup) -> [Finding] {
        let contradictions = group.contradictions.map(contradiction)
        let decreases = group.decreases.map(decrease)
        guard decreases.isEmpty, seriesNotes, let series = group.series else { return contradictions + decreases }
        return contradictions + [self.series(series)]
    }

    private func contradiction(_ disagreement: QuantityGroup.Disagreement) -> Finding {
        let members = disagreement.members
        let first = members[0]
        let when = first.moment.text.map { " (\($0))" } ?? ""
        let whenZh = first.moment.text.map { "（\($0)）" } ?? ""
        let values = members.map { "\($0.printed) (line \($0.line))" }.joined(separator: " vs ")
        let valuesZh = members.map { "\($0.printed)（第 \($0.line) 行）" }.joined(separator: " 与 ")
        let message = LocalizedText(en: "\(first.words)\(when): \(values)", zh: "\(first.words)\(whenZh)：\(valuesZh)，同一数量前后数值不一致")
        return finding(.contradiction, message, members, evidence(disagreement.pair))
    }

    private func decrease(_ pair: (earlier: Candidate, later: Candidate)) -> Finding {
        let (earlier, later) = pair
        let message = LocalizedText(
            en: "\(earlier.words): \(dated(earlier)) then \(dated(later)); a cumulative count cannot fall",
            zh: "\(earlier.words)：先为 \(datedZh(earlier))，后为 \(datedZh(later))；累计数不应减少"
        )
        return finding(.cumulativeDecrease, message, [earlier, later], evidence((earlier, later)))
    }

    private func series(_ disagreement: QuantityGroup.Disagreement) -> Finding {
        let members = disagreement.members
        let message = LocalizedText(
            en: "\(members[0].words): \(members.map(dated).joined(separator: ", ")); the same quantity at different times, a series",
            zh: "\(members[0].words)：\(members.map(datedZh).joined(separator: "、"))；同一数量在不同时点的数值，属于时间序列"
        )
        return finding(.series, message, members, evidence(disagreement.pair))
    }

    /// "6527 项 (截至11月26日, line 2002)".
    private func dated(_ candidate: Candidate) -> String {
        "\(candidate.printed) (\(candidate.moment.text ?? "undated"), line \(candidate.line))"
    }

    /// "6527 项（截至11月26日，第 2002 行）".
    private func datedZh(_ candidate: Candidate) -> String {
        "\(candidate.printed)（\(candidate.moment.text ?? "未注明时点")，第 \(candidate.line) 行）"
    }

    private func finding(_ rule: Rule, _ message: LocalizedText, _ members: [Candidate], _ evidence: Evidence) -> Finding {
        Finding(ruleID: rule.id, level: rule.level, message: message, locations: members.map(location), evidence: evidence)
    }

    private func location(_ candidate: Candidate) -> FindingLocation {
        let figure = candidate.figure
        let section = report.sectionLabel(of: figure).map { "\($0) / " } ?? ""
        let note = LocalizedText.same(candidate.printed) + (candidate.moment.text.map { LocalizedText(en: ", \($0)", zh: "，\($0)") } ?? .same(""))
        return FindingLocation(span: figure.span, logical: "\(section)\(candidate.words)", note: note)
    }

    /// One value against another that differs, in the base unit, with the rounding both allow.
    private func evidence(_ pair: (Candidate, Candidate)) -> Evidence {
        let (expected, actual) = pair
        let unit = expected.baseUnit
        let tolerance = (expected.interval.upper - expected.interval.lower + actual.interval.upper - actual.interval.lower) / 2
        let difference = actual.interval.nominal - expected.interval.nominal
        return Evidence(
            expected: Quantity(value: expected.interval.nominal, printed: expected.printed),
            actual: Quantity(value: actual.interval.nominal, printed: actual.printed),
            difference: Quantity(value: difference, printed: "\(difference.plainString) \(unit)"),
            tolerance: Quantity(value: tolerance, printed: "\(tolerance.plainString) \(unit)")
        )
    }
}
