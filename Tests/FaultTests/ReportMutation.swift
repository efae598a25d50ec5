import Foundation
import TestSupport

/// Damage done to a real report, where a checker meets the shapes it was written for slightly
/// wrong: rows with extra or missing cells, figures too small, too large or oddly written,
/// lines lost, repeated or moved, noise spliced in.
enum ReportMutation: CaseIterable {
    case extraCells, droppedCell, oddFigure, deletedLines, repeatedLines, swappedLines, noise, truncated

    /// Numbers that are valid to read but hostile to compute with.
    static let oddFigures = [
        "0." + String(repeating: "0", count: 100) + "1", "0.0000000000000000000000000000000000001",
        String(repeating: "9", count: 60), String(repeating: "9", count: 40) + ".99", "1" + String(repeating: "0", count: 130),
        "0.00", "-0.00", "0", "1,2,3,4", "１２３.４５", "99999999999999999999999999999999999999.5", "0." + String(repeating: "9", count: 50),
    ]

    /// `lines` with one mutation of this kind applied somewhere chosen by `random`.
    func apply(to lines: inout [Substring], _ random: inout SplitMix64) {
        guard !lines.isEmpty else { return }
        let at = random.below(lines.count)
        switch self {
        case .extraCells:
            lines[at] += Substring(String(repeating: " 1.00", count: 1 + random.below(12)))
        case .droppedCell:
            var words = lines[at].split(separator: " ")
            if words.count > 1 { words.remove(at: random.below(words.count)) }
            lines[at] = Substring(words.joined(separator: " "))
        case .oddFigure:
            lines[at] = Substring(Self.replacingANumber(in: String(lines[at]), with: random.pick(Self.oddFigures), &random))
        case .deletedLines:
            lines.removeSubrange(at..<min(lines.count, at + 1 + random.below(40)))
        case .repeatedLines:
            let block = lines[at..<min(lines.count, at + 1 + random.below(30))]
            lines.insert(contentsOf: block, at: random.below(lines.count))
        case .swappedLines:
            lines.swapAt(at, random.below(lines.count))
        case .noise:
            lines.insert(Substring(random.reportLikeText()), at: at)
        case .truncated:
            lines.removeSubrange(at...)
        }
    }

    /// `line` with one of its printed numbers (or, if it has none, its end) replaced by `figure`.
    private static func replacingANumber(in line: String, with figure: String, _ random: inout SplitMix64) -> String {
        let numbers = line.ranges(of: try! Regex(#"[0-9][0-9,]*(\.[0-9]+)?"#))
        guard !numbers.isEmpty else { return line + " " + figure }
        var copy = line
        copy.replaceSubrange(random.pick(numbers), with: figure)
        return copy
    }

    /// The seed report with 1 to 4 random mutations.
    static func mutated(_ text: String, _ random: inout SplitMix64) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for _ in 0...random.below(4) { random.pick(allCases).apply(to: &lines, &random) }
        return lines.joined(separator: "\n")
    }
}
