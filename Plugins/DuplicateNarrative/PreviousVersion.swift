import CheckerKit
import Foundation
import ReportModel

/// Compares the narrative with the previous year's report: a paragraph carried over word for
/// word is a note, one run of such paragraphs at a time; a carried-over paragraph whose
/// figures are in last year's tables but not in this year's is a warning, because the tables
/// moved on and the text did not.
struct PreviousVersion {
    let settings: Settings

    private struct Side {
        let report: Report
        let texts: [[Unicode.Scalar]]
        let shingles: [Shingles]
        let figures: [Int: [Figure]]
        let tableValues: Set<Decimal>

        init(_ report: Report, shingleSize: Int) {
            self.report = report
            texts = report.paragraphs.map { $0.text.unicodeScalars.filter { !$0.properties.isWhitespace } }
            shingles = texts.map { Shingles($0, size: shingleSize) }
            figures = Dictionary(grouping: report.figures, by: \.paragraph)
            tableValues = Set(report.tables.flatMap { $0.sides.flatMap { $0.rows.flatMap { $0.cells.compactMap { $0?.amount.value } } } })
        }
    }

    func findings(_ report: Report, previous: Report) -> (findings: [Finding], comparisons: Int) {
        let current = Side(report, shingleSize: settings.shingleSize)
        let last = Side(previous, shingleSize: settings.shingleSize)
        // Versions are paired by Jaccard alone: containment would pair a paragraph with a
        // longer one of last year that merely quotes it.
        let pairs = ExactPairs(jaccard: settings.jaccard, containment: .infinity)
            .between(current.shingles, last.shingles) { current.texts[$0].count >= settings.minimumLength }
        let best = Dictionary(grouping: pairs, by: \.left).mapValues { $0.max { $0.similarity.jaccard < $1.similarity.jaccard }! }
        var stale: [Finding] = []
        var unchanged: [(Int, Int)] = []
        for (paragraph, pair) in best.sorted(by: { $0.key < $1.key }) {
            if let finding = staleFinding(paragraph, pair.right, current, last) {
                stale.append(finding)
            } else if current.texts[paragraph] == last.texts[pair.right] {
                unchanged.append((paragraph, pair.right))
            }
        }
        return (stale + runs(unchanged).map { unchangedFinding($0, current, last) }, current.texts.count)
    }

    private func staleFinding(_ paragraph: Int, _ old: Int, _ current: Side, _ last: Side) -> Finding? {
        let figures = current.figures[paragraph] ?? []
        guard !figures.isEmpty, figures.map(\.amount.printed) == (last.figures[old] ?? []).map(\.amount.printed) else { return nil }
        let kept = figures.filter { last.tableValues.contains($0.amount.value) && !current.tableValues.contains($0.amount.value) }
        guard !kept.isEmpty else { return nil }
        let list = kept.map { "\($0.amount.printed)\($0.unit ?? "")" }.joined(separator: ", ")
        return Finding(
            ruleID: Rule.staleFigures.id,
            level: Rule.staleFigures.level,
            message: LocalizedText(
                en: "paragraph carried over from the previous version still prints \(list): in last year's tables, not in this year's",
                zh: "沿用上一版本的段落仍列示 \(list)：这些是上年表中的数字，本年表中没有"
            ),
            locations: kept.map { FindingLocation(span: $0.span, logical: location(paragraph, current).logical, note: $0.amount.printed) },
            relatedLocations: [location(old, last, note: Self.previousVersion)]
        )
    }

    private func unchangedFinding(_ run: [(Int, Int)], _ current: Side, _ last: Side) -> Finding {
        let (first, lastParagraph) = (current.report.paragraphs[run[0].0], current.report.paragraphs[run[run.count - 1].0])
        let count = run.count
        return Finding(
            ruleID: Rule.unchangedSincePrevious.id,
            level: Rule.unchangedSincePrevious.level,
            message: LocalizedText(
                en: "\(count) paragraph\(count == 1 ? "" : "s") (lines \(first.span.startLine)–\(lastParagraph.span.endLine)) unchanged since the previous version",
                zh: "\(count) 段（第 \(first.span.startLine)–\(lastParagraph.span.endLine) 行）与上一版本完全相同"
            ),
            locations: [FindingLocation(span: first.span.union(lastParagraph.span), logical: location(run[0].0, current).logical)],
            relatedLocations: [location(run[0].1, last, note: Self.previousVersion)],
            identity: run.map { String(String.UnicodeScalarView(current.texts[$0.0])) }.joined(separator: "\n")
        )
    }

    /// Consecutive paragraphs carried over from consecutive paragraphs, as runs.
    private func runs(_ pairs: [(Int, Int)]) -> [[(Int, Int)]] {
        var runs: [[(Int, Int)]] = []
        for pair in pairs {
            if let last = runs.last?.last, pair.0 == last.0 + 1, pair.1 == last.1 + 1 {
                runs[runs.count - 1].append(pair)
            } else {
                runs.append([pair])
            }
        }
        return runs
    }

    private static let previousVersion = LocalizedText(en: "previous version", zh: "上一版本")

    private func location(_ paragraph: Int, _ side: Side, note: LocalizedText? = nil) -> FindingLocation {
        var location = FindingLocation(
            span: side.report.paragraphs[paragraph].span,
            logical: ParagraphPlace.logical(side.report, paragraph: paragraph, opening: side.texts[paragraph]),
            note: note?.en
        )
        location.noteZh = note?.zh
        return location
    }
}
