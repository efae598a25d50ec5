import Foundation
import ReportModel

/// What changed in the narrative: paragraphs and headings edited, added, removed and moved,
/// and the figures whose value changed within matched paragraphs.
struct NarrativeChanges {
    private(set) var paragraphs: [ParagraphChange] = []
    private(set) var figures: [FigureChange] = []

    init(old: Report, new: Report) {
        let oldUnits = NarrativeUnit.all(in: old)
        let newUnits = NarrativeUnit.all(in: new)
        let alignment = ParagraphAlignment(old: oldUnits.map(\.text), new: newUnits.map(\.text))
        var ordered: [(position: Position, change: ParagraphChange)] = []
        for pair in alignment.pairs where !pair.identical || pair.moved {
            let edits = pair.identical ? [] : InlineDiff.edits(old: alignment.oldTokens[pair.old]!, new: alignment.newTokens[pair.new]!)
            let change = ParagraphChange(kind: pair.moved ? .moved : .edited, old: oldUnits[pair.old].location(in: old),
                                         new: newUnits[pair.new].location(in: new), edits: edits)
            ordered.append((Position(new: pair.new, old: pair.old), change))
            if !pair.identical, let before = oldUnits[pair.old].paragraph, let after = newUnits[pair.new].paragraph {
                figures += Self.figureChanges(old, before, new, after)
            }
        }
        for index in alignment.added {
            ordered.append((Position(new: index), ParagraphChange(kind: .added, old: nil, new: newUnits[index].location(in: new), edits: [])))
        }
        for (index, position) in Self.removedPositions(alignment) {
            ordered.append((position, ParagraphChange(kind: .removed, old: oldUnits[index].location(in: old), new: nil, edits: [])))
        }
        paragraphs = ordered.sorted { $0.position < $1.position }.map(\.change)
    }

    /// Where a change is listed: in the order of the new version, a removed paragraph right
    /// after the new place of the paragraph that preceded it in the old version.
    private struct Position: Comparable {
        var new: Int
        var removed = false
        var old = -1

        static func < (left: Position, right: Position) -> Bool {
            (left.new, left.removed ? 1 : 0, left.old) < (right.new, right.removed ? 1 : 0, right.old)
        }
    }

    private static func removedPositions(_ alignment: ParagraphAlignment) -> [(Int, Position)] {
        let anchors = alignment.pairs.sorted { $0.old < $1.old }
        var cursor = 0
        return alignment.removed.map { index in
            while cursor < anchors.count, anchors[cursor].old < index { cursor += 1 }
            let anchor = cursor > 0 ? anchors[cursor - 1].new : -1
            return (index, Position(new: anchor, removed: true, old: index))
        }
    }

    /// Figures of two matched paragraphs, paired by phrase and unit in order, whose values differ.
    private static func figureChanges(_ old: Report, _ oldIndex: Int, _ new: Report, _ newIndex: Int) -> [FigureChange] {
        let before = figures(of: oldIndex, in: old)
        let after = figures(of: newIndex, in: new)
        let key = { (figure: Figure) in [figure.phrase, figure.unit ?? ""] }
        return Occurrences.pairs(before.map(key), after.map(key)).sorted { $0.new < $1.new }.compactMap { pair in
            let (was, now) = (before[before.startIndex + pair.old], after[after.startIndex + pair.new])
            guard value(was) != value(now) else { return nil }
            return FigureChange(phrase: now.phrase, unit: now.unit, old: was.amount, new: now.amount,
                                oldLine: was.span.startLine, newLine: now.span.startLine)
        }
    }

    /// The figures of one paragraph. The parser lists figures in paragraph order, so a binary
    /// search finds them without copying the others.
    private static func figures(of paragraph: Int, in report: Report) -> ArraySlice<Figure> {
        var low = 0
        var high = report.figures.count
        while low < high {
            let middle = (low + high) / 2
            if report.figures[middle].paragraph < paragraph { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < report.figures.count, report.figures[end].paragraph == paragraph { end += 1 }
        return report.figures[low..<end]
    }

    private static func value(_ figure: Figure) -> Decimal { figure.base?.value ?? figure.amount.value }
}
