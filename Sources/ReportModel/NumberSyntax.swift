import Foundation

/// Reads numbers as reports print them: thousands separators, full-width digits, a minus
/// sign or parentheses for negatives.
enum NumberSyntax {
    /// An amount from a whole token ("20,864.64", "(1,234.00)", "-5", "１２３"), or nil.
    /// `printed` is only built for a number, so that scanning text for numbers allocates
    /// nothing for the words between them.
    static func amount(_ token: ArraySlice<Unicode.Scalar>, printed: () -> String) -> Amount? {
        // Through a buffer pointer: the parse then costs no reference counting of the slice.
        token.withUnsafeBufferPointer { amount(in: $0, printed: printed) }
    }

    private static func amount(in token: UnsafeBufferPointer<Unicode.Scalar>, printed: () -> String) -> Amount? {
        let mapped = token.lazy.map(ascii)
        guard let first = mapped.first, first.isDigit || first == "-" || first == "(" else { return nil }
        var scalars = mapped[...]
        var negative = false
        if first == "(", scalars.last == ")", scalars.count > 2 {
            scalars = scalars.dropFirst().dropLast()
            negative = true
            // "(1)" is a list marker, not minus one: parentheses mean negative only for amounts.
            guard scalars.contains(".") || scalars.contains(",") else { return nil }
        } else if first == "-", scalars.count > 1 {
            scalars = scalars.dropFirst()
            negative = true
        }
        guard var value = decimal(scalars) else { return nil }
        if negative { value.negate() }
        let decimals = scalars.firstIndex(of: ".").map { scalars[$0...].count - 1 } ?? 0
        return Amount(printed: printed(), value: value, decimals: decimals)
    }

    /// Exact value of "1,234.5": digits with separators before groups of three, at most one
    /// point; nil for anything else.
    private static func decimal<C: BidirectionalCollection>(_ scalars: C) -> Decimal? where C.Element == Unicode.Scalar {
        var significand: UInt64 = 0
        var decimals = 0
        var sawPoint = false
        var digitsSinceSeparator = 0
        var sawSeparator = false
        var digits = 0
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "0"..."9":
                guard digits < 18 else { return nil }
                significand = significand * 10 + UInt64(scalar.value - 0x30)
                digits += 1
                digitsSinceSeparator += 1
                if sawPoint { decimals += 1 }
            case ",":
                guard !sawPoint, index > 0, digitsSinceSeparator <= 3, !sawSeparator || digitsSinceSeparator == 3 else { return nil }
                sawSeparator = true
                digitsSinceSeparator = 0
            case ".":
                guard !sawPoint, digits > 0, !sawSeparator || digitsSinceSeparator == 3 else { return nil }
                sawPoint = true
            default:
                return nil
            }
        }
        guard digits > 0, scalars.last != ".", scalars.last != ",", !sawSeparator || sawPoint || digitsSinceSeparator == 3 else { return nil }
        return Decimal(sign: .plus, exponent: -decimals, significand: Decimal(significand))
    }

    /// Full-width digits and punctuation mapped to ASCII ("２" → "2").
    static func ascii(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF10...0xFF19: return Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!
        case 0xFF0E: return "."
        case 0xFF0C: return ","
        case 0xFF0D, 0x2212: return "-"
        case 0xFF08: return "("
        case 0xFF09: return ")"
        default: return scalar
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
