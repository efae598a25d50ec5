/// Forms the rows of one side of a layout table from its body lines.
///
/// A row is keyed by its code (or, in tables without codes, by a label that starts a row);
/// values on a line of their own between two coded keys are the upper row's when it lacks
/// them (a tall ruled cell prints its codes at the top, its value lower down), the lower
/// row's when a blank line or a label-keyed row (合计) says they were set a little above it;
/// a lone 类 code is completed by the 款 code and label below it; a wrapped label's lines sit
/// around the key and are shared out between the rows above and below, a blank line never
/// being crossed.
struct LayoutRowReader {
    private struct Draft {
        var code: String?
        var hasSubCode = false
        var label: [LayoutWord] = []
        var labelOnKey = false
        /// Label words taken from the lines above the key.
        var borrowed: [LayoutWord] = []
        /// The last line above the key that went to the row above, though it might be this one's.
        var lent: [LayoutWord] = []
        /// Columns the label spans on the key's own line.
        var keyLabelWidth = 0
        var cells: [Cell?]
        var spans: [SourceSpan] = []
    }

    private enum RunItem {
        case blank
        case label([LayoutWord])
    }

    private let side: LayoutHeader.Side
    private let valueZone: Int
    private let hasCodes: Bool
    private var drafts: [Draft] = []
    private var pendingValues: [(band: Int, word: LayoutWord)] = []
    /// How many of the pending values came before a blank line since the last key.
    private var attachedValues = 0
    private var blankSinceKey = false
    private var run: [RunItem] = []

    init(side: LayoutHeader.Side, lines: [[LayoutWord]]) {
        self.side = side
        valueZone = (side.bands.map(\.x).min() ?? Int.max) - 2
        let zone = valueZone
        hasCodes = lines.contains { line in line.contains { $0.isDigits && $0.scalars.count >= 3 && $0.x < zone } }
        placed = Array(repeating: [], count: side.bands.count)
    }

    private var placed: [[LayoutWord]]

    /// The side's rows, and whether the values of each of its columns line up.
    static func rows(side: LayoutHeader.Side, lines: [[LayoutWord]]) -> (rows: [TableRow], aligned: Bool) {
        var reader = LayoutRowReader(side: side, lines: lines)
        for line in lines { reader.add(line) }
        return (reader.finish(), reader.placed.allSatisfy(LayoutRowReader.lineUp))
    }

    /// Numbers of one column share their right edge, their left edge or their centre (give or
    /// take the rounding of word positions to columns).
    private static func lineUp(_ words: [LayoutWord]) -> Bool {
        guard words.count >= 3 else { return true }
        let spread = { (values: [Int]) in (values.max() ?? 0) - (values.min() ?? 0) }
        return min(spread(words.map(\.end)), spread(words.map(\.x)), spread(words.map(\.doubledCentre)) / 2) <= 3
    }

    private mutating func add(_ line: [LayoutWord]) {
        if line.isEmpty {
            run.append(.blank)
            blankSinceKey = true
            return
        }
        let words = line.sorted { $0.x < $1.x }
        guard let first = words.first else { return }
        let zone = valueZone
        if TableVocabulary.placeholders.contains(first.text) {
            // The template's "…  …" row stands for rows left out; a lone "…" above or below it
            // is part of the same mark.
            if words.count > 1 { key(codes: [], labels: words.dropFirst().filter { !$0.isValue }, values: []) }
            return
        }
        let codes = Array(words.prefix { $0.isDigits && $0.x < valueZone && (2...7).contains($0.scalars.count) })
        // In the value columns an integer ("12", "-3") is an amount too, unless it has a
        // code's 3, 5 or 7 digits (a code the layout pushed right).
        let isValue = { (word: LayoutWord) in
            word.isValue || (word.x >= zone && word.amount != nil && !(word.isDigits && [3, 5, 7].contains(word.scalars.count)))
        }
        var labels = words.dropFirst(codes.count).filter { !isValue($0) && $0.x < zone }
        let values = words.filter(isValue)
        if codes.isEmpty, let start = labels.indices.dropFirst().first(where: { LayoutRowLabel.startsRow(labels[$0].text) }),
           !LayoutRowLabel.startsRow(labels[0].text) {
            run.append(.label(Array(labels[..<start])))
            labels.removeFirst(start)
        }
        let assigned = LayoutRowReader.assign(values, to: side.bands)
        let labelText = labels.map(\.text).joined()
        if codes.contains(where: { $0.scalars.count >= 3 }) {
            key(codes: codes, labels: labels, values: assigned)
        } else if !codes.isEmpty {
            if let last = drafts.last, !last.hasSubCode, last.label.isEmpty || repeatsCategory(last) {
                complete(codes: codes, labels: labels, values: assigned)
            } else {
                key(codes: codes, labels: labels, values: assigned)
            }
        } else if !labels.isEmpty, hasCodes ? TableVocabulary.rowLabels.contains(labelText) : LayoutRowLabel.startsRow(labelText) {
            key(codes: [], labels: labels, values: assigned)
        } else if !labels.isEmpty {
            reclaimLent(below: labels)
            run.append(.label(labels))
            addPending(assigned)
        } else {
            addPending(assigned)
        }
    }

    private mutating func addPending(_ values: [(band: Int, word: LayoutWord)]) {
        pendingValues += values
        if !blankSinceKey { attachedValues = pendingValues.count }
    }

    private static func width(_ words: [LayoutWord]) -> Int {
        guard let first = words.first, let last = words.last else { return 0 }
        return last.end - first.x
    }

    /// A row whose label goes on below its key is centred on its label, so a line above it as
    /// full as the key's own was its first: the line lent to the row above comes back. A line
    /// below wider than the key's own cannot go on its label: it starts the next row's.
    private mutating func reclaimLent(below: [LayoutWord]) {
        guard run.isEmpty, let last = drafts.indices.last, last > 0, !drafts[last].lent.isEmpty,
              LayoutRowReader.width(drafts[last].lent) >= drafts[last].keyLabelWidth,
              LayoutRowReader.width(below) <= drafts[last].keyLabelWidth else { return }
        let lent = drafts[last].lent
        drafts[last - 1].label.removeAll { word in lent.contains { $0.line == word.line && $0.x == word.x } }
        drafts[last].label = lent + drafts[last].label
        drafts[last].lent = []
    }

    /// A 类 code printed again under its own 类 row heads a sub-row whose 款 comes below.
    private func repeatsCategory(_ draft: Draft) -> Bool {
        guard let code = draft.code, code.count == 3 else { return false }
        return drafts.dropLast().contains { $0.code == code }
    }

    /// Sub-codes and label printed below their row's 类 code complete that row; label lines
    /// lent to it from above then belong to the row above after all.
    private mutating func complete(codes: [LayoutWord], labels: [LayoutWord], values: [(band: Int, word: LayoutWord)]) {
        flushRun()
        var last = drafts[drafts.count - 1]
        last.code = (last.code ?? "") + codes.map(\.text).joined()
        last.hasSubCode = true
        if !labels.isEmpty, !last.borrowed.isEmpty, drafts.count >= 2 {
            drafts[drafts.count - 2].label += last.borrowed
            last.label.removeAll { word in last.borrowed.contains { $0.line == word.line && $0.x == word.x } }
            last.borrowed = []
        }
        last.label += labels
        drafts[drafts.count - 1] = last
        fill(drafts.count - 1, values)
    }

    private mutating func key(codes: [LayoutWord], labels: [LayoutWord], values: [(band: Int, word: LayoutWord)]) {
        var draft = Draft(cells: Array(repeating: nil, count: side.bands.count))
        draft.code = code(codes)
        draft.hasSubCode = codes.count > 1 || codes.first.map { $0.scalars.count > 3 } == true
        draft.label = labels
        draft.labelOnKey = !labels.isEmpty
        draft.keyLabelWidth = LayoutRowReader.width(labels)
        draft.spans = codes.map(\.span)
        resolveRun(next: &draft)
        drafts.append(draft)
        let index = drafts.count - 1
        let pending = pendingValues
        let attached = attachedValues
        pendingValues = []
        attachedValues = 0
        blankSinceKey = false
        fill(index, values)
        // Values between two coded rows with no blank line after the upper one belong to it when
        // it lacks them: a tall ruled cell prints its code at the top and its value lower down.
        // A value after a blank line, or before a row keyed by its label alone (合计), was set
        // a little above the row below.
        for (offset, value) in pending.enumerated() {
            let above = index > 0 && (drafts[index].cells[value.band] != nil
                || (offset < attached && drafts[index].code != nil && drafts[index - 1].cells[value.band] == nil))
            fill(above ? index - 1 : index, [value])
        }
    }

    /// The canonical code from the printed parts, a missing parent taken from the row above.
    private func code(_ words: [LayoutWord]) -> String? {
        guard let first = words.first else { return nil }
        if side.codeParts.isEmpty || first.scalars.count >= 3 { return words.map(\.text).joined() }
        var parts: [String?] = Array(repeating: nil, count: side.codeParts.count)
        for word in words {
            let part = side.codeParts.indices.min { abs(side.codeParts[$0] - word.doubledCentre) < abs(side.codeParts[$1] - word.doubledCentre) }!
            parts[part] = word.text
        }
        let previous = Array(drafts.last?.code ?? "")
        var code = ""
        for (index, part) in parts.enumerated() {
            if let part { code += part; continue }
            let length = index == 0 ? 3 : 2
            guard parts[(index + 1)...].contains(where: { $0 != nil }), previous.count >= code.count + length else { break }
            code += String(previous[code.count..<(code.count + length)])
        }
        return code
    }

    private mutating func fill(_ index: Int, _ values: [(band: Int, word: LayoutWord)]) {
        for value in values {
            guard let amount = value.word.amount else { continue }
            drafts[index].cells[value.band] = Cell(amount: amount, span: value.word.span)
            placed[value.band].append(value.word)
            drafts[index].spans.append(value.word.span)
        }
    }

    /// Shares the label lines since the last key out between that row and the next; a blank
    /// line is never crossed.
    private mutating func resolveRun(next: inout Draft) {
        let endsInBlank: Bool
        if case .blank = run.last { endsInBlank = true } else { endsInBlank = false }
        let pieces = takeRun()
        guard !drafts.isEmpty else { next.label = pieces.flatMap(\.words) + next.label; return }
        var previous = drafts[drafts.count - 1]
        let toPrevious: Int
        if !hasCodes || endsInBlank {
            toPrevious = pieces.count
        } else if let lastBlank = pieces.lastIndex(where: \.afterBlank) {
            // Only the lines after the last blank line touch the next row.
            toPrevious = lastBlank
        } else if previous.label.isEmpty {
            toPrevious = next.labelOnKey ? pieces.count : (pieces.count + 1) / 2
        } else {
            toPrevious = LayoutRowReader.linesContinuing(previous.label, pieces.map(\.words), nextHasLabel: next.labelOnKey)
        }
        previous.label += pieces[..<toPrevious].flatMap(\.words)
        if toPrevious > 0, toPrevious == pieces.count, next.labelOnKey, !pieces[toPrevious - 1].afterBlank {
            next.lent = pieces[toPrevious - 1].words
        }
        drafts[drafts.count - 1] = previous
        next.borrowed = pieces[toPrevious...].flatMap(\.words)
        next.label = next.borrowed + next.label
    }

    /// At a row completed by its own sub-codes or at the end: the run is the last row's.
    private mutating func flushRun() {
        let pieces = takeRun()
        guard !drafts.isEmpty else { return }
        drafts[drafts.count - 1].label += pieces.flatMap(\.words)
    }

    /// How many of the lines continue the label: a wrapped label fills its column on every
    /// line but the last, so a line wider than the label's last line starts the next row's
    /// (a spaced-out line measured whole). A line as wide as the last could be either's: it is the next row's when that row
    /// has no label of its own.
    private static func linesContinuing(_ label: [LayoutWord], _ lines: [[LayoutWord]], nextHasLabel: Bool) -> Int {
        var last = LayoutRowReader.width(label.filter { $0.line == label.last?.line })
        for (index, line) in lines.enumerated() {
            guard !line.isEmpty else { return index }
            let width = LayoutRowReader.width(line)
            guard width < last || (width == last && nextHasLabel) else { return index }
            last = width
        }
        return lines.count
    }

    /// The label lines of the run, each marked when a blank line came before it.
    private mutating func takeRun() -> [(words: [LayoutWord], afterBlank: Bool)] {
        var pieces: [(words: [LayoutWord], afterBlank: Bool)] = []
        var blank = false
        for item in run {
            switch item {
            case .blank: blank = true
            case .label(let words):
                pieces.append((words, blank))
                blank = false
            }
        }
        run = []
        return pieces
    }

    private mutating func finish() -> [TableRow] {
        flushRun()
        if drafts.isEmpty, !pendingValues.isEmpty { drafts.append(Draft(cells: Array(repeating: nil, count: side.bands.count))) }
        if !drafts.isEmpty { fill(drafts.count - 1, pendingValues) }
        pendingValues = []
        attachedValues = 0
        return drafts.map { draft in
            let spans = draft.label.map(\.span) + draft.spans
            let span = spans.dropFirst().reduce(spans.first ?? SourceSpan(startLine: 0, startColumn: 0, endLine: 0, endColumn: 0)) { $0.union($1) }
            let label = String(draft.label.sorted { ($0.line, $0.x) < ($1.line, $1.x) }.flatMap { Array($0.scalars) }.filter { !$0.isBlank }.map(Character.init))
            return TableRow(code: draft.code, label: label, rowNumber: nil, cells: draft.cells, span: span)
        }
    }

    /// Values to bands, in order, each to a band of its own, nearest centres first.
    static func assign(_ values: [LayoutWord], to bands: [LayoutHeader.Band]) -> [(band: Int, word: LayoutWord)] {
        let values = values.sorted { $0.x < $1.x }
        guard !values.isEmpty, !bands.isEmpty else { return [] }
        let count = min(values.count, bands.count)
        let used = Array(values.prefix(count))
        let infinity = Int.max / 4
        var cost = Array(repeating: Array(repeating: infinity, count: bands.count + 1), count: count + 1)
        for band in 0...bands.count { cost[0][band] = 0 }
        for value in 1...count {
            for band in 1...bands.count {
                let skip = cost[value][band - 1]
                let take = cost[value - 1][band - 1] == infinity ? infinity
                    : cost[value - 1][band - 1] + abs(bands[band - 1].doubledCentre - used[value - 1].doubledCentre)
                cost[value][band] = min(skip, take)
            }
        }
        var result: [(band: Int, word: LayoutWord)] = []
        var value = count, band = bands.count
        while value > 0 {
            if cost[value][band] == cost[value][band - 1] { band -= 1; continue }
            result.append((band - 1, used[value - 1]))
            value -= 1
            band -= 1
        }
        return result.reversed()
    }
}
