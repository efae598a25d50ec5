import CheckerKit
import ReportModel

/// Two rates of one population that split it in two: "抽查合格率 95.0%，不合格率 6.0%" (合格 vs
/// 不合格, 满意 vs 不满意, 完成 vs 未完成, 达标 vs 未达标, 通过 vs 未通过) in one paragraph must add
/// to 100 % within the rounding of both. A rate whose name is the other's with 不 or 未 put
/// before its last words is its complement; any other pair is not judged.
struct ComplementaryRates {
    let report: Report
    /// `ParagraphFigures.all(report)`, read once for every rule.
    let paragraphs: [ParagraphFigures]

    private static let negations: [Character] = ["不", "未"]
    private static let rateEnd = "率"

    func findings() -> [Finding] {
        paragraphs.flatMap { paragraph -> [Finding] in
            let rates = paragraph.figures.indices.compactMap { index -> (name: String, figure: Figure)? in
                let figure = paragraph.figures[index]
                let name = paragraph.clause(before: index)
                guard figure.base?.unit == "%", name.hasSuffix(Self.rateEnd) else { return nil }
                return (name, figure)
            }
            return rates.indices.flatMap { index in
                rates[(index + 1)...].compactMap { finding(rates[index], $0) }
            }
        }
    }

    /// "合格率" and "不合格率" of "抽查合格率": the second is the first's complement when it is
    /// 不/未 plus the end of the first's name.
    private func isComplement(_ negated: String, of rate: String) -> Bool {
        guard let first = negated.first, Self.negations.contains(first), negated.count > 2 else { return false }
        return rate.hasSuffix(negated.dropFirst()) && !rate.hasSuffix(negated)
    }

    private func finding(_ one: (name: String, figure: Figure), _ other: (name: String, figure: Figure)) -> Finding? {
        guard isComplement(other.name, of: one.name) || isComplement(one.name, of: other.name) else { return nil }
        let sum = Interval(one.figure.amount) + Interval(other.figure.amount)
        guard sum.lower > 100 || sum.upper < 100 else { return nil }
        let decimals = max(one.figure.amount.decimals, other.figure.amount.decimals)
        let sumPrinted = "\(one.name) \(one.figure.amount.printed)% + \(other.name) \(other.figure.amount.printed)% = \(sum.nominal.fixedString(decimals: decimals))%"
        let message = LocalizedText(
            en: "\(sumPrinted): complementary rates of one population add to 100%",
            zh: "\(sumPrinted)：同一总体的互补比率之和应为 100%"
        )
        let rule = Rule.complementaryRates
        let locations = [one, other].map { rate in
            FindingLocation(span: rate.figure.span, logical: "\(report.sectionLabel(of: rate.figure) ?? "narrative") / \(rate.name)", note: "\(rate.figure.amount.printed)%")
        }
        return Finding(ruleID: rule.id, level: rule.level, message: message, locations: locations)
    }
}
