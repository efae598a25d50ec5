/// A small seeded generator so the fuzz cases are the same on every run.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The report's syntax (numbers, units, markers, table words, approximation words) and
    /// blanks, shuffled: where the parser's assumptions about order break.
    private static let reportAlphabet = Array("表1 2.3,4（）()一、第部分：注\n \t万元人%-—年月日截至0123456789ABC收入支出合计栏次约余".unicodeScalars)

    /// Up to 399 scalars of `reportAlphabet`.
    public mutating func reportLikeText() -> String {
        let length = Int(next() % 400)
        let scalars = (0..<length).map { _ in Self.reportAlphabet[Int(next() % UInt64(Self.reportAlphabet.count))] }
        return String(String.UnicodeScalarView(scalars))
    }
}
