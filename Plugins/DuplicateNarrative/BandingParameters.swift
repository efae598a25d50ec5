/// How an LSH index cuts a signature into `bands` bands of `rows` rows. Chosen as datasketch's
/// MinHashLSH chooses them, so that both search the same way: the (b, r) with b·r ≤ the
/// number of permutations minimising the equally weighted areas of false positives (below the
/// threshold) and false negatives (above it) under the curve 1 − (1 − sʳ)ᵇ.
public struct BandingParameters: Hashable, Sendable {
    public let bands: Int
    public let rows: Int

    public init(bands: Int, rows: Int) {
        self.bands = bands
        self.rows = rows
    }

    public init(threshold: Double, permutations: Int) {
        var best = (error: Double.infinity, bands: 1, rows: 1)
        for bands in 1...permutations {
            for rows in 1...(permutations / bands) {
                let candidate = { (s: Double) in 1 - Self.power(1 - Self.power(s, rows), bands) }
                let falsePositive = Self.integrate(candidate, from: 0, to: threshold)
                let falseNegative = Self.integrate({ 1 - candidate($0) }, from: threshold, to: 1)
                let error = 0.5 * falsePositive + 0.5 * falseNegative
                if error < best.error { best = (error, bands, rows) }
            }
        }
        self.init(bands: best.bands, rows: best.rows)
    }

    /// Composite Simpson's rule; the integrands are smooth polynomials.
    private static func integrate(_ function: (Double) -> Double, from lower: Double, to upper: Double, intervals: Int = 64) -> Double {
        let step = (upper - lower) / Double(intervals)
        var sum = function(lower) + function(upper)
        for index in 1..<intervals {
            sum += function(lower + Double(index) * step) * (index % 2 == 1 ? 4 : 2)
        }
        return sum * step / 3
    }

    private static func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= base }
        return result
    }
}
