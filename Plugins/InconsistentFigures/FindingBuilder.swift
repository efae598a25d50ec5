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
        let values = members.map { "\($0.printed) (line \($0.line))" }.joined(separator: " vs ")
        return finding(.contradiction, "\(first.words)\(when): \(values)", members, evidence(disagreement.pair))
    }

    private func decrease(_ pair: (earlier: Candidate, later: Candidate)) -> Finding {
        let (earlier, later) = pair
        let message = "\(earlier.words): \(dated(earlier)) then \(dated(later)); a cumulative count cannot fall"
        return finding(.cumulativeDecrease, message, [earlier, later], evidence((earlier, later)))
    }

    private func series(_ disagreement: QuantityGroup.Disagreement) -> Finding {
        let members = disagreement.members
        let values = members.map(dated).joined(separator: ", ")
        let message = "\(members[0].words): \(values); the same quantity at different times, a series"
        return finding(.series, message, members, evidence(disagreement.pair))
    }

    /// "6527 项 (截至11月26日, line 2002)".
    private func dated(_ candidate: Candidate) -> String {
        "\(candidate.printed) (\(candidate.moment.text ?? "undated"), line \(candidate.line))"
    }

    private func finding(_ rule: Rule, _ message: String, _ members: [Candidate], _ evidence: Evidence) -> Finding {
        Finding(ruleID: rule.id, level: rule.level, message: message, locations: members.map(location), evidence: evidence)
    }

    private func location(_ candidate: Candidate) -> FindingLocation {
        let figure = candidate.figure
        let section = report.sectionLabel(of: figure).map { "\($0) / " } ?? ""
        let time = candidate.moment.text.map { ", \($0)" } ?? ""
        return FindingLocation(span: figure.span, logical: "\(section)\(candidate.words)", note: "\(candidate.printed)\(time)")
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
