/// What identifies a table row across versions: its code, or its label without blanks, marked
/// apart so that a label never equals a code.
///
/// Holds the row's own string and hashes its scalars in place: building a scalar array per row
/// cost more than the rest of aligning the rows. Scalars rather than the string's own equality:
/// string hashing normalises Chinese text first.
struct RowKey: Hashable {
    private let text: String
    private let isLabel: Bool
    private let hash: Int

    init(code: String?, label: String) {
        isLabel = code == nil
        text = code ?? label
        var hash = isLabel ? 1 : 0
        for scalar in text.unicodeScalars where !scalar.isBlank { hash = hash &* 31 &+ Int(scalar.value) }
        self.hash = hash
    }

    static func == (left: RowKey, right: RowKey) -> Bool {
        guard left.hash == right.hash, left.isLabel == right.isLabel else { return false }
        // Equal bytes settle it; only labels that differ in blanks need the slower scalar walk.
        return left.text.utf8.elementsEqual(right.text.utf8) || left.scalars.elementsEqual(right.scalars)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    private var scalars: LazyFilterSequence<String.UnicodeScalarView> { text.unicodeScalars.lazy.filter { !$0.isBlank } }
}
