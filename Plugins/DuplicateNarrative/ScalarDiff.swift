/// The pieces in which two near-identical sentences differ, from a longest common
/// subsequence of their tokens: a run of digits (with its decimal point and grouping commas)
/// is one token, so a changed figure reads «123788» → «127748», and every other character is
/// a token of its own. The common prefix and suffix are cut first, so the quadratic table
/// only spans the region that actually differs.
enum ScalarDiff {
    typealias Token = [Unicode.Scalar]

    /// Beyond this many table cells the differing region is reported whole.
    static let cellLimit = 4_000_000

    static func differences(_ first: [Unicode.Scalar], _ second: [Unicode.Scalar]) -> [TextDifference] {
        differences(tokens(first), tokens(second))
    }

    static func tokens(_ text: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var inNumber = false
        for scalar in text {
            let continues = inNumber && (isDigit(scalar) || scalar == "." || scalar == ",")
            if continues {
                tokens[tokens.count - 1].append(scalar)
            } else {
                tokens.append([scalar])
            }
            inNumber = continues || isDigit(scalar)
        }
        return tokens
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    private static func differences(_ first: [Token], _ second: [Token]) -> [TextDifference] {
        var prefix = 0
        while prefix < min(first.count, second.count), first[prefix] == second[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(first.count, second.count) - prefix,
              first[first.count - 1 - suffix] == second[second.count - 1 - suffix] { suffix += 1 }
        let a = Array(first[prefix..<(first.count - suffix)])
        let b = Array(second[prefix..<(second.count - suffix)])
        if a.isEmpty && b.isEmpty { return [] }
        if a.isEmpty || b.isEmpty || a.count * b.count > cellLimit { return [difference(a[...], b[...])] }
        return alignedDifferences(a, b)
    }

    /// Walks the LCS table from the start, collecting each maximal run of unmatched
    /// characters on either side as one difference.
    private static func alignedDifferences(_ a: [Token], _ b: [Token]) -> [TextDifference] {
        let table = suffixLCS(a, b)
        let width = b.count + 1
        var (i, j) = (0, 0)
        var (startA, startB) = (0, 0)
        var result: [TextDifference] = []
        func flush() {
            if startA < i || startB < j { result.append(difference(a[startA..<i], b[startB..<j])) }
        }
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                flush()
                i += 1
                j += 1
                (startA, startB) = (i, j)
            } else if j == b.count || (i < a.count && table[(i + 1) * width + j] >= table[i * width + j + 1]) {
                i += 1
            } else {
                j += 1
            }
        }
        flush()
        return result
    }

    /// table[i][j] = LCS length of a[i...] and b[j...], flattened.
    private static func suffixLCS(_ a: [Token], _ b: [Token]) -> [Int32] {
        let width = b.count + 1
        var table = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i * width + j] = a[i] == b[j]
                    ? table[(i + 1) * width + j + 1] + 1
                    : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        return table
    }

    private static func difference(_ a: ArraySlice<Token>, _ b: ArraySlice<Token>) -> TextDifference {
        TextDifference(first: String(String.UnicodeScalarView(a.joined())), second: String(String.UnicodeScalarView(b.joined())))
    }
}
