import ReportModel

/// Matches the rows of two versions of a table side by code, or by label where a row has no
/// code. Rows in the same order are matched first (an LCS over the keys), so a repeated label
/// ("其他支出" under several headings) pairs with the copy at the same place; left-over rows with
/// equal keys are matched in order, and what remains was added or removed.
enum RowAlignment {
    static func pairs(_ old: [TableRow], _ new: [TableRow]) -> [(old: Int, new: Int)] {
        var ids: [ScalarKey<UInt32>: Int] = [:]
        func id(_ row: TableRow) -> Int {
            let key = key(of: row)
            if let known = ids[key] { return known }
            ids[key] = ids.count
            return ids.count - 1
        }
        let oldKeys = old.map(id)
        let newKeys = new.map(id)
        var pairs = MyersDiff.matches(oldKeys, newKeys)
        let pairedOld = Set(pairs.map(\.old))
        let pairedNew = Set(pairs.map(\.new))
        let leftOld = oldKeys.indices.filter { !pairedOld.contains($0) }
        let leftNew = newKeys.indices.filter { !pairedNew.contains($0) }
        pairs += Occurrences.pairs(leftOld.map { oldKeys[$0] }, leftNew.map { newKeys[$0] })
            .map { (leftOld[$0.old], leftNew[$0.new]) }
        return pairs.sorted { $0.new < $1.new }
    }

    /// The code, or the label without blanks, marked apart so a label never equals a code.
    /// Scalar values rather than a string: string hashing normalises Chinese text first.
    static func key(of row: TableRow) -> ScalarKey<UInt32> {
        let text = row.code ?? row.label
        var scalars: [UInt32] = [row.code == nil ? 1 : 0]
        scalars.reserveCapacity(text.utf8.count + 1)
        for scalar in text.unicodeScalars where !scalar.isBlank { scalars.append(scalar.value) }
        return ScalarKey(scalars)
    }
}
