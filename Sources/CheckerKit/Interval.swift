import Foundation
import ReportModel

/// A printed number as the exact values it may stand for: [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ] (docs/report-format.md,
/// "Rounding"), with v kept as the nominal value. Arithmetic keeps every value the printed
/// operands allow, and carries the nominal value along.
public struct Interval: Hashable, Sendable {
    public var nominal: Decimal
    public var lower: Decimal
    public var upper: Decimal

    public init(nominal: Decimal, lower: Decimal, upper: Decimal) {
        self.nominal = nominal
        self.lower = lower
        self.upper = upper
    }

    public init(_ amount: Amount) {
        self.init(nominal: amount.value, lower: amount.value - amount.halfUnit, upper: amount.value + amount.halfUnit)
    }

    public func overlaps(_ other: Interval) -> Bool {
        lower <= other.upper && other.lower <= upper
    }

    public static func + (lhs: Interval, rhs: Interval) -> Interval {
        Interval(nominal: lhs.nominal + rhs.nominal, lower: lhs.lower + rhs.lower, upper: lhs.upper + rhs.upper)
    }

    public static func - (lhs: Interval, rhs: Interval) -> Interval {
        Interval(nominal: lhs.nominal - rhs.nominal, lower: lhs.lower - rhs.upper, upper: lhs.upper - rhs.lower)
    }

    /// The quotient, or nil when the divisor may be zero and so bounds nothing.
    public func divided(by divisor: Interval) -> Interval? {
        guard divisor.lower > 0 || divisor.upper < 0 else { return nil }
        let corners = [lower / divisor.lower, lower / divisor.upper, upper / divisor.lower, upper / divisor.upper]
        return Interval(nominal: nominal / divisor.nominal, lower: corners.min()!, upper: corners.max()!)
    }

    public func scaled(by factor: Decimal) -> Interval {
        let ends = [lower * factor, upper * factor]
        return Interval(nominal: nominal * factor, lower: ends.min()!, upper: ends.max()!)
    }
}
