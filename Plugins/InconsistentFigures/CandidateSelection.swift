import CheckerKit
import Foundation
import ReportModel

/// Which figures take part, and what they are compared by. Left out, and why:
/// - figures without a convertible unit, and percentages: a rate names its base only in the
///   surrounding words, so equal phrases rarely mean the same rate (完成率, 办结率 per project);
/// - zeros: a zero says the item did not occur ("0 辆", "0.00 万元" restating empty table
///   rows), and it gives no factor to convert its unit by;
/// - approximate figures (约, 近, 多, 余, 以上): a bound cannot contradict an exact count;
/// - phrases shorter than the minimum ("执行数", "访问人数"): they name a quantity whose owner
///   (which project, which mini-program) is the subject of an earlier clause;
/// - changes, comparisons and parts (`RelativePhrase`);
/// - figures glued to a neighbour with no punctuation between ("82 种证照目录支撑全市 8631 项
///   办事事项"): the two numbers make one statement, each scoped by the other (82 catalogues
///   for 8631 items, 58 for 1511 this year), and the words between them are the first
///   number's noun, not the second's.
struct CandidateSelection {
    let report: Report
    let minimumPhraseLength: Int

    /// Each paragraph's text and figures are prepared once, and a figure's earlier neighbours
    /// are found by binary search: a paragraph of 20,000 figures (a report on one line) must
    /// not cost 20,000 copies of its text.
    func candidates() -> [Candidate] {
        let byParagraph = Dictionary(grouping: report.figures, by: \.paragraph).mapValues { $0.sorted { $0.range.lowerBound < $1.range.lowerBound } }
        var scans: [Int: ParagraphScan] = [:]
        return report.figures.compactMap { figure in
            let neighbours = byParagraph[figure.paragraph] ?? []
            let position = Self.firstNotBefore(figure, in: neighbours)
            let next = neighbours[position...].first { $0.range.lowerBound >= figure.range.upperBound }
            if scans[figure.paragraph] == nil, let paragraph = report.paragraphs[checked: figure.paragraph] {
                scans[figure.paragraph] = ParagraphScan(paragraph.text)
            }
            guard let scan = scans[figure.paragraph], figure.range.lowerBound >= 0, figure.range.upperBound <= scan.scalars.count else { return nil }
            return candidate(figure, earlier: neighbours[..<position], next: next, in: scan)
        }
    }

    /// The index of the first figure of `sorted` that does not end before `figure` starts.
    private static func firstNotBefore(_ figure: Figure, in sorted: [Figure]) -> Int {
        var (low, high) = (0, sorted.count)
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].range.upperBound <= figure.range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func candidate(_ figure: Figure, earlier: ArraySlice<Figure>, next: Figure?, in paragraph: ParagraphScan) -> Candidate? {
        guard let base = figure.base, base.unit != "%", !figure.amount.value.isZero, !figure.isApproximate,
              CheckedRange.contains(figure.amount), CheckedRange.contains(base.value) else { return nil }
        let scalars = paragraph.scalars
        let words = NamingWords.of(figure, after: earlier.last, in: scalars)
        guard PhraseKey(phrase: words).length >= minimumPhraseLength, !RelativePhrase.isComparison(words),
              !RelativePhrase.isPart(at: figure.range.lowerBound, in: paragraph),
              !areGlued(earlier.last, figure, in: scalars), !areGlued(figure, next, in: scalars)
        else { return nil }
        let time = TimeScope.time(of: figure, earlier: earlier, in: scalars)
        let edition = time.flatMap { paragraph.edition(time: $0) }
        return Candidate(
            figure: figure,
            words: words,
            key: PhraseKey(phrase: words + (edition ?? "")),
            baseUnit: base.unit,
            moment: Moment(edition == nil ? time : nil),
            interval: base.value == figure.amount.value ? Interval(figure.amount) : Interval(figure.amount).scaled(by: base.value / figure.amount.value)
        )
    }

    private static let separators: Set<Unicode.Scalar> = Set("，、：；。,:;！？!?（）()".unicodeScalars)

    private func areGlued(_ first: Figure?, _ second: Figure?, in scalars: [Unicode.Scalar]) -> Bool {
        guard let first, let second else { return false }
        return !scalars[first.range.upperBound..<second.range.lowerBound].contains { Self.separators.contains($0) }
    }
}
