import CheckerKit
import ReportModel

/// "本年支出合计 100.00 万元，其中：基本支出 60.00 万元，占 62.00%；项目支出 40.00 万元，占
/// 41.00%": shares of one whole in one sentence that add to more than 100 % even with every
/// printed share at the bottom of its rounding interval: the parts cannot all fit in the whole.
/// Shares are "占 p%" right after their part's figure (the whole is the sentence's) or "占 W 的
/// p%" (the whole is W); shares of different wholes, dates, or after a nested 其中, a 累计 or a
/// target word are different wholes. Only an excess is judged: a partial list (主要用于) falls
/// short of 100 % by design. Where the sentence prints the whole before its first part and a
/// share does not recompute from its part and that whole, the mistyped share is the defect and
/// the percentage check reports it; the excess it causes is not reported a second time.
struct SharesOverWhole {
    let report: Report
    /// `ParagraphFigures.all(report)`, read once for every rule.
    let paragraphs: [ParagraphFigures]

    private static let share = "占"
    private static let ofWhole = "的"
    private static let percent = "%"
    private static let money = "万元"
    private static let sentenceEnds: Set<Unicode.Scalar> = Set("。".unicodeScalars)
    private static let newWholeWords = ["其中", "累计", "目标", "计划", "预计"].map { Array($0.unicodeScalars) }
    private static let rangeMarks: Set<Unicode.Scalar> = Set("-－~～至到".unicodeScalars)

    private struct Share {
        let figure: Figure
        /// The figure the share is of, when it is printed right before it.
        let part: Figure?
        /// The whole as named ("" when it is the sentence's) and the part's time.
        let key: String
    }

    func findings() -> [Finding] {
        paragraphs.flatMap { paragraph in
            groups(in: paragraph).filter { !hasMistypedShare($0, paragraph) }.compactMap(finding)
        }
    }

    /// The shares of each whole within a sentence, split where a new whole begins.
    private func groups(in paragraph: ParagraphFigures) -> [[Share]] {
        var groups: [[Share]] = []
        var open: [String: Int] = [:]
        var lastEnd = 0
        for index in paragraph.figures.indices {
            let between = paragraph.scalars[min(lastEnd, paragraph.figures[index].range.lowerBound)..<paragraph.figures[index].range.lowerBound]
            if between.contains(where: Self.sentenceEnds.contains) || Self.newWholeWords.contains(where: between.containsWord) {
                open = [:]
            }
            lastEnd = paragraph.figures[index].range.upperBound
            guard let share = share(at: index, paragraph) else { continue }
            if let group = open[share.key] {
                groups[group].append(share)
            } else {
                open[share.key] = groups.count
                groups.append([share])
            }
        }
        return groups.filter { $0.count >= 2 }
    }

    private func share(at index: Int, _ paragraph: ParagraphFigures) -> Share? {
        let figure = paragraph.figures[index]
        guard figure.base?.unit == Self.percent, !figure.isApproximate, !isRangeStart(figure, paragraph) else { return nil }
        let words = String(paragraph.words(before: index).filter { !$0.isPunctuation })
        if words == Self.share {
            guard index > 0, paragraph.figures[index - 1].base?.unit != Self.percent else { return nil }
            let part = paragraph.figures[index - 1]
            return Share(figure: figure, part: part, key: "|" + (part.time ?? ""))
        }
        guard words.hasPrefix(Self.share), words.hasSuffix(Self.ofWhole), words.count > 2 else { return nil }
        return Share(figure: figure, part: nil, key: String(words.dropFirst().dropLast()) + "|" + (figure.time ?? ""))
    }

    /// A share that differs from part ÷ whole beyond rounding, the whole being the amount in 万元
    /// right before the first part in its sentence ("支出 2940.05 万元，主要用于：一般公共服务支出 2106.66 万元，占 71.73%").
    private func hasMistypedShare(_ shares: [Share], _ paragraph: ParagraphFigures) -> Bool {
        guard let firstPart = shares[0].part, let position = paragraph.figures.firstIndex(of: firstPart), position > 0 else { return false }
        let whole = paragraph.figures[position - 1]
        guard whole.base?.unit == Self.money, whole.unit == firstPart.unit,
              !text(paragraph, whole.range.upperBound..<firstPart.range.lowerBound).unicodeScalars.contains(where: Self.sentenceEnds.contains)
        else { return false }
        return shares.contains { share in
            guard let part = share.part, part.unit == whole.unit,
                  let ratio = Interval(part.amount).divided(by: Interval(whole.amount))?.scaled(by: 100) else { return false }
            return !ratio.overlaps(Interval(share.figure.amount))
        }
    }

    private func isRangeStart(_ figure: Figure, _ paragraph: ParagraphFigures) -> Bool {
        paragraph.scalars[figure.range.upperBound...].first { !$0.isBlank }.map(Self.rangeMarks.contains) ?? false
    }

    private func text(_ paragraph: ParagraphFigures, _ range: Range<Int>) -> String {
        guard range.lowerBound <= range.upperBound else { return "" }
        return String(String.UnicodeScalarView(paragraph.scalars[range]))
    }

    private func finding(_ shares: [Share]) -> Finding? {
        let sum = shares.map { Interval($0.figure.amount) }.reduce(Interval(nominal: 0, lower: 0, upper: 0), +)
        guard sum.lower > 100 else { return nil }
        let decimals = shares.map(\.figure.amount.decimals).max() ?? 0
        let whole = shares[0].key.split(separator: "|", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let printed = shares.map { "\($0.figure.amount.printed)%" }.joined(separator: " + ")
        let sumPrinted = "占 \(printed) = \(sum.nominal.fixedString(decimals: decimals))%"
        let least = sum.lower.fixedString(decimals: decimals + 1)
        let message = LocalizedText(
            en: "\(sumPrinted): shares of one whole\(whole.isEmpty ? "" : " (\(whole))") add to more than 100% beyond rounding (at least \(least)%)",
            zh: "\(sumPrinted)：同一总体\(whole.isEmpty ? "" : "（\(whole)）")各部分占比之和超过 100%，超出四舍五入误差（至少 \(least)%）"
        )
        let rule = Rule.sharesOverWhole
        let locations = shares.map { share in
            FindingLocation(span: share.figure.span, logical: "\(report.sectionLabel(of: share.figure) ?? "narrative") / \(share.figure.phrase)", note: "占 \(share.figure.amount.printed)%")
        }
        return Finding(ruleID: rule.id, level: rule.level, message: message, locations: locations)
    }
}
