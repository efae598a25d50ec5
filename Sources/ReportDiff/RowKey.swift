/// What identifies a table row across versions: its code, or its label without blanks, marked
/// apart so that a label never equals a code.
///
/// Holds the row's own string and reads its scalars in place: building a scalar array per row
/// cost more than the rest of aligning the rows. Hashed only when asked, as most rows are
/// matched by equality alone (`MyersDiff.matches(_:_:equal:ids:)`). Scalars rather than the
/// string's own hash: string hashing normalises Chinese text first.
struct RowKey: Hashable {
    private let text: String
    private let isLabel: Bool

    init(code: String?, label: String) {
        isLabel = code == nil
        text = code ?? label
    }

    static func == (left: RowKey, right: RowKey) -> Bool {
        guard left.isLabel == right.isLabel else { return false }
        // Equal bytes settle it; only labels that differ in blanks need the slower scalar walk.
        return left.text.hasSameUTF8(as: right.text) || left.scalars.elementsEqual(right.scalars)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(scalars.reduce(isLabel ? 1 : 0) { $0 &* 31 &+ Int($1.value) })
    }

    private var scalars: LazyFilterSequence<String.UnicodeScalarView> { text.unicodeScalars.lazy.filter { !$0.isBlank } }
}
