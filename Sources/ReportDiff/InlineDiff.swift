/// The edits inside a changed paragraph: an LCS over tokens, then cleaned up so that a reader
/// sees whole changes. A character-level diff of Chinese text is full of coincidental one-
/// character matches ("的", "，"); those between two edits in the same clause are absorbed, and
/// an edit that rewrites most of a clause is widened to the whole clause. A changed number stays
/// one token, so it reads `127748 → 123788 人`.
enum InlineDiff {
    static func edits(old: TokenizedText, new: TokenizedText) -> [InlineEdit] {
        let matches = MyersDiff.matches(old.ids, new.ids)
        var hunks = Hunk.between(matches, oldCount: old.count, newCount: new.count)
        hunks = absorbShortEqualities(hunks, new)
        hunks = widenToClauses(hunks, old, new)
        return render(hunks, old, new)
    }

    /// Merges neighbouring hunks when the equal run between them lies inside one clause and is
    /// no longer than the change on either side of it, until no more merge.
    static func absorbShortEqualities(_ hunks: [Hunk], _ new: TokenizedText) -> [Hunk] {
        var current = hunks
        while true {
            var merged: [Hunk] = []
            for hunk in current {
                if let last = merged.last, absorbs(last, hunk, new) {
                    merged[merged.count - 1] = last.merged(with: hunk)
                } else {
                    merged.append(hunk)
                }
            }
            if merged.count == current.count { return merged }
            current = merged
        }
    }

    private static func absorbs(_ left: Hunk, _ right: Hunk, _ new: TokenizedText) -> Bool {
        let gap = left.new.upperBound..<right.new.lowerBound
        return gap.count <= left.size && gap.count <= right.size && !gap.contains(where: new.isClauseBoundary)
    }

    /// Widens a hunk to its clause when the rest of the clause is no longer than the change.
    static func widenToClauses(_ hunks: [Hunk], _ old: TokenizedText, _ new: TokenizedText) -> [Hunk] {
        var widened: [Hunk] = []
        for (index, hunk) in hunks.enumerated() {
            guard !isNumberChange(hunk, old, new) else {
                widened.append(hunk)
                continue
            }
            let floor = widened.last?.new.upperBound ?? 0
            let ceiling = index + 1 < hunks.count ? hunks[index + 1].new.lowerBound : new.count
            var left = 0
            while hunk.new.lowerBound - left > floor, !new.isClauseBoundary(hunk.new.lowerBound - left - 1) { left += 1 }
            var right = 0
            while hunk.new.upperBound + right < ceiling, !new.isClauseBoundary(hunk.new.upperBound + right) { right += 1 }
            var next = hunk
            if left + right <= hunk.size {
                next = Hunk(old: (hunk.old.lowerBound - left)..<(hunk.old.upperBound + right),
                            new: (hunk.new.lowerBound - left)..<(hunk.new.upperBound + right))
            }
            if let last = widened.last, last.new.upperBound == next.new.lowerBound {
                widened[widened.count - 1] = last.merged(with: next)
            } else {
                widened.append(next)
            }
        }
        return widened
    }

    private static func isNumberChange(_ hunk: Hunk, _ old: TokenizedText, _ new: TokenizedText) -> Bool {
        guard hunk.old.count == 1, hunk.new.count == 1,
              let before = old.unit(hunk.old.lowerBound), let after = new.unit(hunk.new.lowerBound) else { return false }
        return before.elementsEqual(after)
    }

    private static func render(_ hunks: [Hunk], _ old: TokenizedText, _ new: TokenizedText) -> [InlineEdit] {
        var edits: [InlineEdit] = []
        var cursor = 0
        for hunk in hunks {
            if hunk.new.lowerBound > cursor { edits.append(.same(shared(cursor..<hunk.new.lowerBound, new))) }
            edits.append(edit(hunk, old, new))
            cursor = hunk.new.upperBound
        }
        if cursor < new.count { edits.append(.same(shared(cursor..<new.count, new))) }
        return edits
    }

    /// Shared text with the blanks that part it from the changes around it, so that
    /// "人数 127748 → 123788 人" keeps its space.
    private static func shared(_ range: Range<Int>, _ new: TokenizedText) -> String {
        let leading = new.hasBlank(before: range.lowerBound) ? " " : ""
        let trailing = new.hasBlank(before: range.upperBound) ? " " : ""
        return leading + new.text(range) + trailing
    }

    private static func edit(_ hunk: Hunk, _ old: TokenizedText, _ new: TokenizedText) -> InlineEdit {
        if hunk.old.isEmpty { return InlineEdit(kind: .inserted, new: new.text(hunk.new)) }
        if hunk.new.isEmpty { return InlineEdit(kind: .deleted, old: old.text(hunk.old)) }
        if isNumberChange(hunk, old, new), let before = old.number(hunk.old.lowerBound), let after = new.number(hunk.new.lowerBound) {
            return InlineEdit(kind: .number, old: before.digits, new: after.digits, unit: after.unit)
        }
        return InlineEdit(kind: .replaced, old: old.text(hunk.old), new: new.text(hunk.new))
    }
}
