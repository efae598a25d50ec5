import Foundation
import ReportModel

/// One additive identity between printed amounts, e.g. total = Σ children, or 年初结转 + 本年收入
/// = 本年支出 + 年末结转, judged by the interval-overlap rule of docs/report-format.md: the sides agree when
/// |difference| ≤ the sum of every term's half-unit.
public struct Reconciliation: Sendable {
    /// The figures whose sum the report states (usually the one total).
    public var stated: [Amount]
    /// The figures that sum to what `stated` should be (usually the children).
    public var parts: [Amount]
    /// False for counts (人, 家, 个): they are exact, so no difference is rounding.
    public var rounded: Bool

    public init(stated: [Amount], parts: [Amount], rounded: Bool = true) {
        self.stated = stated
        self.parts = parts
        self.rounded = rounded
    }

    public init(total: Amount, parts: [Amount], rounded: Bool = true) {
        self.init(stated: [total], parts: parts, rounded: rounded)
    }

    public var actual: Decimal { sum(stated) }
    public var expected: Decimal { sum(parts) }
    public var difference: Decimal { actual - expected }
    public var tolerance: Decimal { rounded ? (stated + parts).reduce(0) { $0 + $1.halfUnit } : 0 }

    public var consistency: Consistency {
        if difference.isZero { return .exact }
        return abs(difference) <= tolerance ? .rounding : .broken
    }

    /// The evidence, printed at the precision of the figures involved.
    public var evidence: Evidence {
        let decimals = (stated + parts).map(\.decimals).max() ?? 2
        return Evidence(
            expected: Quantity(computed: expected, decimals: decimals),
            actual: Quantity(computed: actual, decimals: decimals),
            difference: Quantity(computed: difference, decimals: decimals),
            tolerance: Quantity(computed: tolerance, decimals: decimals + 1)
        )
    }

    private func sum(_ amounts: [Amount]) -> Decimal {
        amounts.reduce(0) { $0 + $1.value }
    }
}
