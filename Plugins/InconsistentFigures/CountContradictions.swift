import CheckerKit
import Foundation
import ReportModel

/// One count of one subject stated with two values in sentences worded differently: counts that
/// `CountedFigure.mayCountTheSame` links form a cluster; a cluster with more than one value is
/// a contradiction. Clusters whose differing values sit in the same sentences are one list
/// stated twice ("20 个专题模块 121 个业务主题、955 个分析指标" against "35 个专题模块 178 个
/// 主题、1186 个指标") and make one finding that compares them item by item.
///
/// Two counts the phrase groups already compare (the same naming words) are left to them.
struct CountContradictions {
    let report: Report
    /// `QuantityGroup.members`.
    let phraseGroups: [Figure: String]

    /// One value of a cluster, at its first place.
    private typealias Item = [CountedFigure]

    func findings(_ counts: [CountedFigure]) -> [Finding] {
        let disagreeing = clusters(counts).compactMap(Self.firstOfEachValue).filter { $0.count > 1 }
        let lists = Dictionary(grouping: disagreeing) { $0.map(\.sentence) }
        return lists.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { finding(lists[$0]!) }
    }

    /// Connected groups of counts that may count the same thing, in report order.
    private func clusters(_ counts: [CountedFigure]) -> [[CountedFigure]] {
        var parent = Array(counts.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { index = parent[index] }
            return index
        }
        for one in counts.indices {
            for other in counts.indices where other > one && counts[one].mayCountTheSame(as: counts[other]) && !samePhrase(counts[one], counts[other]) {
                parent[root(other)] = root(one)
            }
        }
        return Dictionary(grouping: counts.indices, by: root).values
            .map { $0.sorted().map { counts[$0] } }
            .sorted { ($0[0].sentence, $0[0].figure.range.lowerBound) < ($1[0].sentence, $1[0].figure.range.lowerBound) }
    }

    private func samePhrase(_ one: CountedFigure, _ other: CountedFigure) -> Bool {
        guard let key = phraseGroups[one.figure] else { return false }
        return phraseGroups[other.figure] == key
    }

    /// The first count of each value, nil when the cluster is a single count. Things counted
    /// are whole: 6 and 7 个 differ although their rounding intervals touch.
    private static func firstOfEachValue(_ cluster: [CountedFigure]) -> [CountedFigure]? {
        var firsts: [CountedFigure] = []
        for count in cluster where !firsts.contains(where: { $0.value.nominal == count.value.nominal }) {
            firsts.append(count)
        }
        return cluster.count > 1 ? firsts : nil
    }

    /// "一体化监管平台: 9 个标准环节 (line 1420) vs 11 个标准环节 (line 2950)".
    private func finding(_ items: [[CountedFigure]]) -> Finding {
        let places = items[0].indices.map { place in
            let counts = items.map { $0[place] }
            return (counts.map(\.printed), counts[0].line)
        }
        let subject = items[0][0].subject.name
        let message = LocalizedText(
            en: "\(subject): \(places.map { "\($0.0.joined(separator: ", ")) (line \($0.1))" }.joined(separator: " vs ")); the same count of the same subject, worded differently",
            zh: "\(subject)：\(places.map { "\($0.0.joined(separator: "、"))（第 \($0.1) 行）" }.joined(separator: " 与 "))；同一对象的同一计数，前后表述不一致"
        )
        let rule = Rule.countContradiction
        return Finding(
            ruleID: rule.id, level: rule.level, message: message,
            locations: items[0].indices.flatMap { place in items.map { location($0[place]) } },
            evidence: evidence(items[0][0], items[0][1])
        )
    }

    private func location(_ count: CountedFigure) -> FindingLocation {
        let figure = count.figure
        let section = report.sectionLabel(of: figure).map { "\($0) / " } ?? ""
        return FindingLocation(span: figure.span, logical: "\(section)\(count.subject.name) / \(count.noun)", note: count.printed)
    }

    private func evidence(_ expected: CountedFigure, _ actual: CountedFigure) -> Evidence {
        let unit = expected.figure.unit ?? ""
        let difference = actual.value.nominal - expected.value.nominal
        let tolerance = Decimal(0)
        return Evidence(
            expected: Quantity(value: expected.value.nominal, printed: expected.printed),
            actual: Quantity(value: actual.value.nominal, printed: actual.printed),
            difference: Quantity(value: difference, printed: "\(difference.plainString) \(unit)"),
            tolerance: Quantity(value: tolerance, printed: "\(tolerance.plainString) \(unit)")
        )
    }
}
