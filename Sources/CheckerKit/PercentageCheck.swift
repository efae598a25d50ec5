import Foundation
import ReportModel

/// A printed percentage against the ratio it claims (growth, share, completion), judged with
/// interval division: the printed percentage's interval must overlap the interval of every
/// ratio the printed operands allow.
public struct PercentageCheck: Sendable {
    public var printed: Amount
    /// The ratio in percent; its nominal value is the ratio of the printed operands.
    public var ratio: Interval

    /// Nil when the denominator may be zero: such a percentage bounds nothing.
    public init?(printed: Amount, numerator: Interval, denominator: Interval) {
        guard let ratio = numerator.divided(by: denominator) else { return nil }
        self.printed = printed
        self.ratio = ratio.scaled(by: 100)
    }

    /// What the report should print, at the precision it printed.
    public var expected: Decimal { ratio.nominal.rounded(toPlaces: printed.decimals) }

    public var consistency: Consistency {
        if expected == printed.value { return .exact }
        return Interval(printed).overlaps(ratio) ? .rounding : .broken
    }

    public var evidence: Evidence {
        let decimals = printed.decimals
        return Evidence(
            expected: Quantity(value: ratio.nominal, printed: expected.fixedString(decimals: decimals) + "%"),
            actual: Quantity(value: printed.value, printed: printed.printed + "%"),
            difference: Quantity(computed: printed.value - ratio.nominal, decimals: decimals + 2),
            tolerance: Quantity(computed: printed.halfUnit, decimals: decimals + 1)
        )
    }
}
