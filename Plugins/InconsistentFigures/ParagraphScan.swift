/// What the checker reads from one paragraph around each of its figures, prepared once per
/// paragraph: a report on one line is one paragraph of 20,000 figures, and walking its whole
/// text again for every figure made the check quadratic.
final class ParagraphScan {
    let text: String
    let scalars: [Unicode.Scalar]
    /// Parentheses opened and not yet closed before each offset.
    private let openParentheses: [Int32]
    private var compact: String?
    private var editions: [String: String?] = [:]

    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        var depth: Int32 = 0
        var open: [Int32] = [0]
        open.reserveCapacity(scalars.count + 1)
        for scalar in scalars {
            if scalar == "（" || scalar == "(" { depth += 1 } else if scalar == "）" || scalar == ")" { depth -= 1 }
            open.append(depth)
        }
        openParentheses = open
    }

    func isInsideParentheses(at offset: Int) -> Bool {
        openParentheses[offset] > 0
    }

    /// `NameEdition.in` for this paragraph, once per time.
    func edition(time: String) -> String? {
        if let known = editions[time] { return known }
        if compact == nil { compact = NameEdition.compact(text) }
        let edition = NameEdition.in(compact: compact!, time: time)
        editions[time] = edition
        return edition
    }
}
