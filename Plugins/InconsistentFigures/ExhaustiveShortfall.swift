import CheckerKit
import Foundation
import ReportModel

/// Parts that evidently exhaust their whole but add up to less (or more): "共有车辆 3 辆，分别为
/// 岗位保障用车 1 辆、机要通信用车 1 辆", "项目支出 100.00 万元，包括信息化建设 60.00 万元和运维
/// 40.00 万元", or a 其中 list closed by an 其他 item. A list marked as partial (主要包括, 等) says
/// nothing about the rest and stays silent; a 其中 list closed by 剩余 / 其余 is total-reconciliation's.
/// A list whose items name the categories of one `Partition` ("在职人员 35 人，其中男性 18 人、女性
/// 15 人", "共有项目 8 个，基本支出项目 3 个、项目支出项目 4 个") is complete with 其中 or with no
/// marker after a 共 whole. Lists with an approximate figure or a range, or whose parts are dated,
/// planned or counted over a span (累计, 本年) other than their whole, are not judged.
struct ExhaustiveShortfall {
    let report: Report
    /// `ParagraphFigures.all(report)`, read once for every rule.
    let paragraphs: [ParagraphFigures]

    private static let markers = ["分别为", "分别是", "包括", "其中"]
    private static let partialWords = ["等", "主要", "部分"]
    private static let otherItems = ["其他", "其它"]
    private static let listEnds: Set<Unicode.Scalar> = Set("。；;！？".unicodeScalars)
    private static let comparisonWords = ["比", "较", "增", "减", "占", "下降", "完成"]
    private static let clauseEnds: Set<Unicode.Scalar> = Set("。；;".unicodeScalars)
    private static let wholeWords = ["合计", "总计"]

    func findings() -> [Finding] {
        paragraphs.flatMap { paragraph in
            paragraph.figures.indices.compactMap { finding(whole: $0, paragraph) }
        }
    }

    private func finding(whole index: Int, _ paragraph: ParagraphFigures) -> Finding? {
        let whole = paragraph.figures[index]
        guard let unit = whole.base?.unit, unit != "%", !whole.isApproximate, index + 1 < paragraph.figures.count else { return nil }
        let scalars = paragraph.scalars
        let afterWhole = text(scalars, whole.range.upperBound, paragraph.figures[index + 1].range.lowerBound)
        let marker = Self.markers.first(where: afterWhole.hasSubstring)
        guard marker != nil || Self.isTotal(paragraph.clause(before: index)),
              !afterWhole.unicodeScalars.contains(where: Self.clauseEnds.contains), !Self.partialWords.contains(where: afterWhole.hasSubstring) else { return nil }
        let end = scalars[whole.range.upperBound...].firstIndex(where: Self.listEnds.contains) ?? scalars.count
        let parts = paragraph.figures.indices.dropFirst(index + 1).prefix { paragraph.figures[$0].range.upperBound <= end }.filter { part in
            paragraph.figures[part].base?.unit == unit && !Self.comparisonWords.contains(where: paragraph.words(before: part).hasSubstring)
        }
        let list = text(scalars, whole.range.upperBound, end)
        guard parts.count >= 2, !Self.partialWords.contains(where: list.hasSubstring), isExhaustive(marker, parts, paragraph),
              areComparable(whole: index, parts, paragraph) else { return nil }
        let figures = parts.map { paragraph.figures[$0] }
        let sum = figures.map(Self.inBaseUnit).reduce(Interval(nominal: 0, lower: 0, upper: 0), +)
        let stated = Self.inBaseUnit(whole)
        // Parts above a 其中 whole are total-reconciliation's enumeration error already.
        guard !sum.overlaps(stated), marker == nil || marker == "其中" ? sum.upper < stated.lower : true else { return nil }
        return finding(whole, figures, sum: sum, stated: stated, unit: unit)
    }

    /// 分别为 and 包括 … 和 … enumerate everything; a 其中 list does when its last item is 其他,
    /// and a 其中 list or one with no marker when its items name the categories of a partition.
    private func isExhaustive(_ marker: String?, _ parts: [Int], _ paragraph: ParagraphFigures) -> Bool {
        let lastWords = paragraph.words(before: parts.last!)
        let labels = parts.map { paragraph.clause(before: $0) }
        switch marker {
        case "分别为", "分别是": return true
        case "包括": return lastWords.hasPrefix("和") || lastWords.hasPrefix("及") || lastWords.hasSubstring("和")
        case "其中": return Self.otherItems.contains { lastWords.removingAll("、").hasPrefix($0) } || Partition.isCovered(by: labels)
        default: return Partition.isCovered(by: labels)
        }
    }

    /// "共有车辆", "合计": a whole. The 共 of 公共 (一般公共预算) says nothing.
    private static func isTotal(_ clause: String) -> Bool {
        let scalars = Array(clause.unicodeScalars)
        return wholeWords.contains(where: clause.hasSubstring) || scalars.indices.contains { scalars[$0] == "共" && ($0 == 0 || scalars[$0 - 1] != "公") }
    }

    /// Parts that are exact, not range ends, and of the whole's date, plan and span.
    private func areComparable(whole index: Int, _ parts: [Int], _ paragraph: ParagraphFigures) -> Bool {
        let whole = paragraph.figures[index]
        let sentenceStart = SubjectLookup.sentenceStart(before: whole.range.lowerBound, in: paragraph.scalars)
        let wholeScope = CountScope(text(paragraph.scalars, sentenceStart, whole.range.lowerBound))
        return parts.allSatisfy { position in
            let part = paragraph.figures[position]
            let scope = CountScope(paragraph.clause(before: position))
            return !part.isApproximate && !part.isRangeEnd(in: paragraph.scalars) && (part.time == nil || part.time == whole.time)
                && (!scope.isPlanned || wholeScope.isPlanned) && (scope.span == .unstated || scope.span == wholeScope.span)
        }
    }

    private func finding(_ whole: Figure, _ parts: [Figure], sum: Interval, stated: Interval, unit: String) -> Finding {
        let gap = stated.nominal - sum.nominal
        let decimals = (parts + [whole]).map(\.amount.decimals).max() ?? 0
        let printedParts = parts.map(\.amount.printed).joined(separator: " + ")
        let relation = gap > 0 ? "fall short of" : "exceed"
        let relationZh = gap > 0 ? "少于" : "多于"
        let sumPrinted = "\(printedParts) = \(sum.nominal.fixedString(decimals: decimals)) \(unit)"
        let wholePrinted = "\(whole.amount.printed) \(whole.unit ?? unit)"
        let gapPrinted = "\(gap.fixedString(decimals: decimals)) \(unit)"
        let message = LocalizedText(
            en: "the parts of a complete list \(relation) their whole: \(sumPrinted), the whole is \(wholePrinted) (gap \(gapPrinted))",
            zh: "完整列举的各分项之和\(relationZh)总数：\(sumPrinted)，总数为 \(wholePrinted)（差额 \(gapPrinted)）"
        )
        let rule = Rule.exhaustiveShortfall
        let locations = [location(whole, LocalizedText(en: "whole \(whole.amount.printed)", zh: "总数 \(whole.amount.printed)"))]
            + parts.map { location($0, LocalizedText(en: "part \($0.amount.printed)", zh: "分项 \($0.amount.printed)")) }
        return Finding(ruleID: rule.id, level: rule.level, message: message, locations: locations)
    }

    /// The printed interval in the base unit (1.3 亿元 → 12,500–13,500 万元). Whole things counted
    /// (3 辆) are exact, and so is a zero ("工程采购金额 0 万元" says there was none, not that there
    /// was less than half a 万元).
    private static func inBaseUnit(_ figure: Figure) -> Interval {
        if figure.amount.value.isZero || figure.amount.decimals == 0 && figure.base?.unit != "万元" {
            return Interval(nominal: figure.amount.value, lower: figure.amount.value, upper: figure.amount.value)
        }
        guard let base = figure.base, !figure.amount.value.isZero else { return Interval(figure.amount) }
        return Interval(figure.amount).scaled(by: base.value / figure.amount.value)
    }

    private func text(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return scalars[start..<end].withoutBlanks
    }

    /// The English note is part of the logical place, and so of the fingerprint.
    private func location(_ figure: Figure, _ note: LocalizedText) -> FindingLocation {
        FindingLocation(span: figure.span, logical: "\(report.sectionLabel(of: figure) ?? "narrative") / \(figure.phrase) / \(note.en)", note: note)
    }
}
