/// Rows of a table's side chosen by what their labels and codes say, for identities stated in
/// each column (`each-column`): one row by its label (`本年*合计`, `*` standing for any text),
/// or every row passing a filter (`{ordinal: true, above-total: true}`: the 一、二、… rows
/// printed above the total).
public struct RowSelection: Hashable, Sendable {
    /// One row: the first uncoded row whose label (blanks removed) matches; nil for a filter.
    public var pattern: String?
    /// A single row the identity may do without when the report lacks it.
    public var optional: Bool
    /// Rows whose label opens with an ordinal (一、) or, when false, does not.
    public var ordinal: Bool?
    /// Coded rows (true), uncoded rows (false); `codeLength` coded rows of that many digits.
    public var coded: Bool?
    public var codeLength: Int?
    /// Rows whose label contains one of these words; empty for any label.
    public var contains: [String]
    /// Only rows printed above the identity's total row.
    public var aboveTotal: Bool

    public init(pattern: String? = nil, optional: Bool = false, ordinal: Bool? = nil, coded: Bool? = nil, codeLength: Int? = nil,
                contains: [String] = [], aboveTotal: Bool = false) {
        self.pattern = pattern
        self.optional = optional
        self.ordinal = ordinal
        self.coded = coded
        self.codeLength = codeLength
        self.contains = contains
        self.aboveTotal = aboveTotal
    }

    /// Whether `label` (blanks removed) is the one `pattern` names: equal, or with each `*`
    /// standing for any text.
    public static func label(_ label: String, matches pattern: String) -> Bool {
        // Most patterns name one row; only a `*` needs the pieces (issue 19: no allocation then).
        guard pattern.utf8.contains(UInt8(ascii: "*")) else { return label == pattern }
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        guard label.hasPrefix(pieces[0]), label.hasSuffix(pieces[pieces.count - 1]),
              label.count >= pieces[0].count + pieces[pieces.count - 1].count else { return false }
        var rest = Substring(label.dropFirst(pieces[0].count).dropLast(pieces[pieces.count - 1].count))
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let range = rest.range(of: piece) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }

    /// "本年*合计", "?一般公共预算财政拨款", "{ordinal, above the total}", for `audit rules`.
    public var description: String {
        if let pattern { return (optional ? "?" : "") + pattern }
        var words: [String] = []
        if let ordinal { words.append(ordinal ? "numbered" : "unnumbered") }
        if let codeLength { words.append("\(codeLength)-digit coded") } else if let coded { words.append(coded ? "coded" : "uncoded") }
        if !contains.isEmpty { words.append("with \(contains.joined(separator: " or "))") }
        if aboveTotal { words.append("above the total") }
        return "{" + (words.isEmpty ? "every" : words.joined(separator: " ")) + " rows}"
    }
}
