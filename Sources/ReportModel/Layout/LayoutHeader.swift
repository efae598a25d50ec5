/// A table's header read from positioned words: the vocabulary names each value column,
/// the header words' positions place its band, and repeated label columns split the sides.
struct LayoutHeader {
    struct Band {
        let name: String
        let x: Int
        let end: Int
        var doubledCentre: Int { x + end }
    }

    struct Side {
        var name: String?
        /// Display columns [start, end) the side's words fall in.
        var start: Int
        var end: Int
        var bands: [Band]
        /// Doubled centres of the 类/款/项 sub-columns, where the side prints them.
        var codeParts: [Int]
    }

    /// One header text, its wrapped pieces rejoined.
    struct Cell {
        var text: String
        var x: Int
        var end: Int
        var top: Int
        var bottom: Int
        var doubledCentre: Int { x + end }
        func overlaps(_ other: Cell) -> Bool { x < other.end && other.x < end }
    }

    let sides: [Side]
    /// The 类/款/项 header cells, placed on a side once its range is final.
    let codePartCells: [Cell]

    init(_ words: [LayoutWord], kind: TableKind) {
        let cells = LayoutHeader.cells(words)
        let columnCells = cells.filter { TableVocabulary.columnName($0.text) != nil }
        let partCells = cells.filter { TableVocabulary.codeParts.contains($0.text) }
        codePartCells = partCells
        let labels = cells.filter { TableVocabulary.labelHeaders.contains($0.text) && !TableVocabulary.codeParts.contains($0.text) }
        let boundary = LayoutHeader.sideBoundary(labels)
        let ranges = boundary.map { [(0, $0), ($0, Int.max)] } ?? [(0, Int.max)]
        let names = LayoutHeader.sideNames(cells, kind: kind, count: ranges.count)
        sides = ranges.enumerated().map { index, range in
            let inside = { (cell: Cell) in cell.x >= range.0 && cell.x < range.1 }
            return Side(name: names[index], start: range.0, end: range.1,
                        bands: LayoutHeader.bands(columnCells.filter(inside)), codeParts: [])
        }.map { LayoutHeader.placingCodeParts(partCells, on: $0) }
    }

    static func placingCodeParts(_ cells: [Cell], on side: Side) -> Side {
        var side = side
        side.codeParts = cells.filter { $0.x >= side.start && $0.x < side.end }.sorted { $0.x < $1.x }.map(\.doubledCentre)
        return side
    }

    /// Where a second copy of the label columns begins ("项目 决算数 项目 决算数").
    private static func sideBoundary(_ labels: [Cell]) -> Int? {
        for word in TableVocabulary.sideAnchors {
            let found = labels.filter { $0.text == word }.sorted { $0.x < $1.x }
            if found.count == 2 { return found[1].x }
        }
        return nil
    }

    private static func sideNames(_ cells: [Cell], kind: TableKind, count: Int) -> [String?] {
        guard count == 2 else { return [nil] }
        for pair in TableVocabulary.sides where pair.allSatisfy({ name in cells.contains { $0.text == name } }) { return pair }
        if kind == .basicExpenditureDetail { return TableVocabulary.basicSides.map(\.name) }
        return TableVocabulary.sides[0]
    }

    /// The value columns of one side, left to right, named top to bottom.
    private static func bands(_ cells: [Cell]) -> [Band] {
        let isPeriod = { (cell: Cell) in TableVocabulary.periods.contains(cell.text) }
        let groups = cells.filter { group in
            TableVocabulary.groups.contains(TableVocabulary.columnName(group.text) ?? "")
                && cells.contains { $0.top > group.bottom && $0.overlaps(group) && !isPeriod($0) }
        }
        let bottom = cells.filter { cell in
            !isPeriod(cell) && !groups.contains { $0.x == cell.x && $0.top == cell.top }
                && !cells.contains { $0.top > cell.bottom && $0.overlaps(cell) && !isPeriod($0) }
        }
        let periods = cells.filter(isPeriod)
        let lowest = bottom.map(\.bottom).max() ?? -1
        let periodLeaves = periods.filter { $0.top > lowest }
        let leaves: [(cell: Cell, path: [String])]
        if !periodLeaves.isEmpty, !bottom.isEmpty {
            // Each column over the periods has as many of them under it, in order.
            let parents = bottom.sorted { $0.x < $1.x }
            let ordered = periodLeaves.sorted { $0.x < $1.x }
            let share = ordered.count % parents.count == 0 ? ordered.count / parents.count : 0
            leaves = ordered.enumerated().map { index, period in
                let parent = share > 0 ? parents[index / share]
                    : parents.min { abs($0.doubledCentre - period.doubledCentre) < abs($1.doubledCentre - period.doubledCentre) }!
                return (period, path(of: parent, groups: groups) + [period.text])
            }
        } else {
            leaves = (bottom + periods).map { ($0, path(of: $0, groups: groups)) }
        }
        return leaves.sorted { $0.cell.x < $1.cell.x }.map {
            Band(name: TableVocabulary.canonicalColumn($0.path), x: $0.cell.x, end: $0.cell.end)
        }
    }

    /// A group header above the cell that lists it among its sub-columns, then the cell.
    private static func path(of cell: Cell, groups: [Cell]) -> [String] {
        let name = TableVocabulary.columnName(cell.text) ?? cell.text
        let group = groups.first { $0.bottom < cell.top && TableVocabulary.groupMembers[TableVocabulary.columnName($0.text) ?? ""]?.contains(name) == true }
        return (group.map { [$0.text] } ?? []) + [cell.text]
    }

    /// Header texts with their wrapped and spaced-out pieces rejoined into vocabulary words.
    /// Line by line, the pieces continue the unfinished texts above them in the same left to
    /// right order (layout text may shift a line sideways, never reorder it).
    static func cells(_ words: [LayoutWord]) -> [Cell] {
        var done: [Cell] = []
        var open: [Cell] = []
        for line in byLine(words).map(joinAcross) {
            let (joined, rest) = continuing(open.sorted { $0.x < $1.x }, with: line)
            open = []
            for cell in joined + rest {
                if TableVocabulary.headerWords.contains(cell.text) || cell.top + 3 < line[0].top { done.append(cell) } else { open.append(cell) }
            }
            done += open.filter { $0.bottom + 3 < line[0].top }
            open.removeAll { $0.bottom + 3 < line[0].top }
        }
        return (done + open).map { cell in
            var cell = cell
            if !TableVocabulary.headerWords.contains(cell.text), let word = uniqueCompletion(cell.text) { cell.text = word }
            return cell
        }
    }

    /// Joins pieces to the open texts by an order-preserving alignment (most joins, then the
    /// least sideways distance); returns the open texts, some extended, and the pieces left.
    private static func continuing(_ open: [Cell], with pieces: [Cell]) -> (open: [Cell], rest: [Cell]) {
        let maxShift = 24
        let fits = { (cell: Cell, piece: Cell) in
            isPrefix(cell.text + piece.text) && abs(cell.doubledCentre - piece.doubledCentre) <= 2 * maxShift
        }
        typealias Score = (joins: Int, distance: Int)
        let better = { (a: Score, b: Score) in a.joins > b.joins || (a.joins == b.joins && a.distance < b.distance) }
        var best = Array(repeating: Array(repeating: Score(0, 0), count: pieces.count + 1), count: open.count + 1)
        for i in 0...open.count {
            for j in 0...pieces.count where i > 0 || j > 0 {
                var score: Score = (-1, 0)
                if i > 0, better(best[i - 1][j], score) { score = best[i - 1][j] }
                if j > 0, better(best[i][j - 1], score) { score = best[i][j - 1] }
                if i > 0, j > 0, fits(open[i - 1], pieces[j - 1]) {
                    let joined = (best[i - 1][j - 1].joins + 1, best[i - 1][j - 1].distance + abs(open[i - 1].doubledCentre - pieces[j - 1].doubledCentre))
                    if better(joined, score) { score = joined }
                }
                best[i][j] = score
            }
        }
        var cells = open
        var used = Set<Int>()
        var i = open.count, j = pieces.count
        while i > 0, j > 0 {
            let here = best[i][j]
            if here == best[i - 1][j] { i -= 1; continue }
            if here == best[i][j - 1] { j -= 1; continue }
            cells[i - 1].text += pieces[j - 1].text
            cells[i - 1].x = min(cells[i - 1].x, pieces[j - 1].x)
            cells[i - 1].end = max(cells[i - 1].end, pieces[j - 1].end)
            cells[i - 1].bottom = pieces[j - 1].top
            used.insert(j - 1)
            i -= 1
            j -= 1
        }
        return (cells, pieces.indices.filter { !used.contains($0) }.map { pieces[$0] })
    }

    /// A header whose last pieces could not be placed ("国有资本经营预算") still names the one
    /// column it begins.
    private static func uniqueCompletion(_ text: String) -> String? {
        guard text.count >= 3 else { return nil }
        let words = TableVocabulary.printedColumns.map(\.printed).filter { $0.hasPrefix(text) }
        return words.count == 1 ? words[0] : nil
    }

    private static func byLine(_ words: [LayoutWord]) -> [[LayoutWord]] {
        Dictionary(grouping: words, by: \.line).sorted { $0.key < $1.key }.map { $0.value.sorted { $0.x < $1.x } }
    }

    /// Pieces of one line, neighbours joined where together they spell a header word ("收    入").
    private static func joinAcross(_ line: [LayoutWord]) -> [Cell] {
        var result: [Cell] = []
        var index = 0
        while index < line.count {
            var best = index
            var text = ""
            for end in index..<line.count {
                text += line[end].text
                guard isPrefix(text) else { break }
                if TableVocabulary.headerWords.contains(text) { best = end }
            }
            let joined = line[index...best].map(\.text).joined()
            result.append(Cell(text: joined, x: line[index].x, end: line[best].end, top: line[index].line, bottom: line[index].line))
            index = best + 1
        }
        return result
    }

    private static func isPrefix(_ text: String) -> Bool {
        TableVocabulary.headerWords.contains { $0.hasPrefix(text) }
    }
}
