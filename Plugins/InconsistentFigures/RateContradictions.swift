import CheckerKit
import ReportModel

/// One rate stated twice with two values: "③物流应用比率由 36.49% 提升到 90.18%" in one section and
/// "物流应用比率 99.93%" in another. A rate is named by the words of its clause, which must end
/// in 率 or 占比 and say more than the bare rate (完成率 and 办结率 are every project's own); the
/// starting value of a "由 a% 提升到 b%" is last state, not this one, and stays out. Two rates
/// are not compared when they are dated differently, when one is a target (目标, 计划, 预计) and
/// the other is not, or when their sentences name different subjects (`SubjectLookup`).
struct RateContradictions {
    let report: Report
    /// `ParagraphFigures.all(report)`, read once for every rule.
    let paragraphs: [ParagraphFigures]

    private static let rateEnds = ["率", "占比"]
    private static let copulas = ["为", "达到", "达", "是", "提升到", "提升至", "提高到", "提高至", "上升到", "上升至"]
    private static let planWords = ["目标", "计划", "预计", "力争", "预期"]
    /// Shorter names ("完成率", "办结率") are every project's own, and so are rates of a budget
    /// (预算完成率, 执行率), which the completion checks recompute, and of settling cases (办结率
    /// of the hall, of the 12345 hotline, of 民情地图's events: each office reports its own).
    private static let shortestName = 4
    private static let ownRates = ["预算", "完成", "执行", "办结"]

    private struct Rate {
        let amount: Amount
        let span: SourceSpan
        let section: Section?
        let name: String
        let moment: Moment
        let isPlanned: Bool
        let subject: Subject?
        let sentence: CountedFigure.SentenceID

        func mayBeTheSame(as other: Rate) -> Bool {
            guard sentence != other.sentence, name == other.name, isPlanned == other.isPlanned, moment.coincides(with: other.moment) else { return false }
            guard let subject, let otherSubject = other.subject else { return true }
            return subject.matches(otherSubject)
        }
    }

    func findings() -> [Finding] {
        var reported: [Finding] = []
        var seen: Set<String> = []
        let rates = paragraphs.flatMap(self.rates)
        for (index, rate) in rates.enumerated() where !seen.contains(rate.name) {
            let same = [rate] + rates[(index + 1)...].filter { rate.mayBeTheSame(as: $0) }
            var values: [Rate] = []
            for candidate in same where !values.contains(where: { Interval($0.amount).overlaps(Interval(candidate.amount)) }) {
                values.append(candidate)
            }
            guard values.count > 1 else { continue }
            seen.insert(rate.name)
            reported.append(finding(values))
        }
        return reported
    }

    private func rates(_ paragraph: ParagraphFigures) -> [Rate] {
        let lookup = SubjectLookup(report: report)
        return paragraph.figures.indices.compactMap { index in
            let figure = paragraph.figures[index]
            guard figure.base?.unit == "%", !figure.isApproximate else { return nil }
            var clause = paragraph.clause(before: index)
            if index > 0, Self.copulas.contains(clause), paragraph.figures[index - 1].base?.unit == "%" {
                // "X 率由 a% 提升到 b%": b is named by the words before a, without 由.
                clause = paragraph.clause(before: index - 1)
                guard clause.hasSuffix("由") else { return nil }
                clause.removeLast()
            } else if let next = paragraph.figures[(index + 1)...].first, next.base?.unit == "%",
                      clause.hasSuffix("由") {
                return nil
            }
            guard let name = Self.name(clause) else { return nil }
            let start = SubjectLookup.sentenceStart(before: figure.range.lowerBound, in: paragraph.scalars)
            let sentence = String(String.UnicodeScalarView(paragraph.scalars[start..<figure.range.lowerBound]))
            return Rate(
                amount: figure.amount, span: figure.span, section: report.paragraphs[figure.paragraph].section.map { report.sections[$0] },
                name: name, moment: Moment(figure.time),
                isPlanned: Self.planWords.contains(where: sentence.hasSubstring),
                subject: lookup.subject(of: figure, in: paragraph.scalars),
                sentence: CountedFigure.SentenceID(paragraph: figure.paragraph, start: start)
            )
        }
    }

    /// "物流应用比率" from "物流应用比率为": the clause's words without a trailing copula, if
    /// they end in 率 or 占比 and are long enough to name one rate.
    private static func name(_ clause: String) -> String? {
        guard rateEnds.contains(where: clause.hasSubstring) else { return nil }
        var name = PhraseKey(phrase: clause).text
        if let copula = copulas.first(where: name.hasSuffix) { name.removeLast(copula.count) }
        name = String(name.drop { $0.unicodeScalars.first.map { (0x2460...0x2473).contains($0.value) } == true })
        guard rateEnds.contains(where: name.hasSuffix), name.unicodeScalars.count >= shortestName,
              !ownRates.contains(where: name.hasSubstring) else { return nil }
        return name
    }

    /// "物流应用比率: 90.18% (line 1780) vs 99.93% (line 1950)".
    private func finding(_ values: [Rate]) -> Finding {
        let listed = values.map { "\($0.amount.printed)% (line \($0.span.startLine))" }.joined(separator: " vs ")
        let listedZh = values.map { "\($0.amount.printed)%（第 \($0.span.startLine) 行）" }.joined(separator: " 与 ")
        let message = LocalizedText(
            en: "\(values[0].name): \(listed); the same rate of the same subject, undated or at the same date, with different values",
            zh: "\(values[0].name)：\(listedZh)；同一对象的同一比率，未注明时点或时点相同，数值却不一致"
        )
        let rule = Rule.rateContradiction
        let locations = values.map { rate in
            FindingLocation(span: rate.span, logical: "\(rate.section.map { "\($0.marker)\($0.title)" } ?? "narrative") / \(rate.name)", note: "\(rate.amount.printed)%")
        }
        return Finding(ruleID: rule.id, level: rule.level, message: message, locations: locations)
    }
}
