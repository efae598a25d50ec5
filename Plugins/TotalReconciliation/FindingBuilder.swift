import Foundation
import CheckerKit
import ReportModel

/// Turns verdicts into findings: a culprit figure into one error naming it and its repair; a
/// broken identity no culprit explains into an error quoting both sides; a difference within
/// rounding into a note.
struct FindingBuilder {
    let identities: [any Identity]
    let evaluations: [Evaluation]
    let roundingNotes: Bool

    func findings(_ diagnosis: Diagnosis) -> [Finding] {
        let roundings = evaluations.indices.filter { evaluations[$0].consistency == .rounding }
        return diagnosis.culprits.map(culpritFinding)
            + diagnosis.unexplained.map(brokenFinding)
            + (roundingNotes ? roundings.map(roundingFinding) : [])
    }

    private func culpritFinding(_ culprit: Diagnosis.Culprit) -> Finding {
        let term = culprit.term
        let repair = culprit.repair.grouped(decimals: term.amount.decimals)
        let reasons = culprit.explained.map { Self.prefix(identities[$0].place) + evaluations[$0].statement }
        let message = LocalizedText(
            en: "\(term.id) prints \(Valuation.printed.quoted(term).en), most likely wrong: \(repair) would repair all \(culprit.explained.count) broken identities — "
                + reasons.map(\.en).joined(separator: "; "),
            zh: "\(term.id) 列示为 \(Valuation.printed.quoted(term).zh)，很可能有误：改为 \(repair) 即可使全部 \(culprit.explained.count) 处勾稽关系不符得到修复——"
                + reasons.map(\.zh).joined(separator: "；")
        )
        let related = culprit.explained.flatMap { identities[$0].terms }.filter { $0.id != term.id }
        let difference = term.amount.value - culprit.repair
        return Finding(
            ruleID: Rule.suspectFigure.id,
            level: .error,
            message: message,
            locations: [location(term)],
            relatedLocations: unique(related).map { location($0) },
            evidence: Evidence(
                expected: Quantity(value: culprit.repair, printed: repair),
                actual: Quantity(value: term.amount.value, printed: term.amount.printed),
                difference: Quantity(computed: difference, decimals: term.amount.decimals),
                tolerance: Quantity(computed: term.amount.halfUnit, decimals: term.amount.decimals + 1)
            )
        )
    }

    private func brokenFinding(_ index: Int) -> Finding {
        let identity = identities[index]
        let evaluation = evaluations[index]
        let solved = identity.solve(for: identity.primary, in: .printed).map { $0.grouped(decimals: identity.primary.amount.decimals) }
        let repair = LocalizedText(
            en: solved.map { "; \(identity.primary.label) should be \($0) if the other figures are right" } ?? "",
            zh: solved.map { "，勾稽关系不符；如其他数字无误，\(identity.primary.label)应为 \($0)" } ?? "，勾稽关系不符"
        )
        return finding(identity, evaluation, level: .error, message: Self.prefix(identity.place) + evaluation.statement + repair)
    }

    private func roundingFinding(_ index: Int) -> Finding {
        let identity = identities[index]
        let evaluation = evaluations[index]
        let tolerance = evaluation.evidence.map(\.tolerance.printed)
        let rounding = LocalizedText(
            en: ": rounding" + (tolerance.map { " (rounding allows ±\($0))" } ?? ""),
            zh: "：属四舍五入误差" + (tolerance.map { "（允许误差 ±\($0)）" } ?? "")
        )
        return finding(identity, evaluation, level: .note, message: Self.prefix(identity.place) + evaluation.statement + rounding)
    }

    private func finding(_ identity: any Identity, _ evaluation: Evaluation, level: Level, message: LocalizedText) -> Finding {
        Finding(
            ruleID: identity.rule.id,
            level: level,
            message: message,
            locations: [FindingLocation(span: identity.primarySpan, logical: identity.place)],
            relatedLocations: unique(identity.terms.filter { $0.span != identity.primarySpan }).map { location($0) },
            evidence: evaluation.evidence
        )
    }

    private func location(_ term: Term) -> FindingLocation {
        FindingLocation(span: term.span, logical: term.id, note: .same("\(term.label) ") + Valuation.printed.quoted(term))
    }

    private func unique(_ terms: [Term]) -> [Term] {
        var seen = Set<String>()
        return terms.filter { seen.insert($0.id).inserted }
    }

    /// "表3 / 2010301 行政运行" → "表3 2010301 行政运行: " ("…：" in Chinese).
    private static func prefix(_ place: String) -> LocalizedText {
        let spaced = place.replacingOccurrences(of: " / ", with: " ")
        return LocalizedText(en: spaced + ": ", zh: spaced + "：")
    }
}
