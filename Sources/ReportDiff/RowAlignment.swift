import ReportModel

/// Matches the rows of two versions of a table side by code, or by label where a row has no
/// code. Rows in the same order are matched first (an LCS over the keys), so a repeated label
/// ("其他支出" under several headings) pairs with the copy at the same place; left-over rows with
/// equal keys are matched in order, and what remains was added or removed.
enum RowAlignment {
    static func pairs(_ old: [TableRow], _ new: [TableRow]) -> [(old: Int, new: Int)] {
        let oldKeys = old.indices.map { RowKey(code: old[$0].code, label: old[$0].label) }
        let newKeys = new.indices.map { RowKey(code: new[$0].code, label: new[$0].label) }
        var pairs = MyersDiff.matches(oldKeys, newKeys, equal: ==, ids: DenseIDs.of)
        let leftOld = Unpaired.indices(below: old.count, except: pairs.map(\.old))
        let leftNew = Unpaired.indices(below: new.count, except: pairs.map(\.new))
        pairs += Occurrences.pairs(leftOld.map { oldKeys[$0] }, leftNew.map { newKeys[$0] })
            .map { (leftOld[$0.old], leftNew[$0.new]) }
        return pairs.sorted { $0.new < $1.new }
    }
}
