import Foundation

/// Reads a decimal in plain notation ("-20864.6") without `Decimal(string:)`, which is slow
/// enough to dominate loading an archived model.
enum PlainDecimal {
    static func parse(_ text: UnsafeBufferPointer<UInt8>) -> Decimal? {
        var digits = text[...]
        let negative = digits.first == UInt8(ascii: "-")
        if negative { digits = digits.dropFirst() }
        var significand: UInt64 = 0
        var count = 0
        var fraction: Int?
        for byte in digits {
            if byte == UInt8(ascii: "."), fraction == nil {
                fraction = 0
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            count += 1
            guard count <= 19 else { return slowPath(text) }
            significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
            fraction = fraction.map { $0 + 1 }
        }
        guard count > 0 else { return nil }
        return Decimal(sign: negative && significand != 0 ? .minus : .plus, exponent: -(fraction ?? 0), significand: Decimal(significand))
    }

    private static func slowPath(_ text: UnsafeBufferPointer<UInt8>) -> Decimal? {
        Decimal(string: String(decoding: text, as: UTF8.self), locale: Locale(identifier: "en_US_POSIX"))
    }
}
