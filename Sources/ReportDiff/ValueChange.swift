import Foundation
import ReportModel

/// How far a value moved: the difference, and that difference as a percentage of the old value
/// (rounded to two places; none when the old value is zero or either side is missing).
public struct ValueChange: Hashable, Sendable {
    public var difference: Decimal?
    public var percent: Decimal?
    /// The printed precision of the values, for showing the difference the way they are printed.
    private var places = 0

    public init(old: Amount?, new: Amount?) {
        guard let old, let new else { return }
        let difference = new.value - old.value
        self.difference = difference
        places = max(old.decimals, new.decimals)
        guard !old.value.isZero else { return }
        var ratio = difference / old.value * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &ratio, 2, .plain)
        percent = rounded
    }

    /// "+8,763.77 (+72.42%)", "-3,960 (-3.10%)", "" when nothing can be said.
    public var description: String {
        guard let difference else { return "" }
        let percentText = percent.map { " (\(DecimalText.signed($0, places: 2))%)" } ?? ""
        return DecimalText.signed(difference, places: places) + percentText
    }
}

extension ValueChange: Codable {
    private enum CodingKeys: String, CodingKey { case difference, percent }

    // Values travel as strings, as `Amount` does: JSON numbers would pass through binary floating point.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(difference?.plainString, forKey: .difference)
        try container.encodeIfPresent(percent?.plainString, forKey: .percent)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let posix = Locale(identifier: "en_US_POSIX")
        difference = try container.decodeIfPresent(String.self, forKey: .difference).flatMap { Decimal(string: $0, locale: posix) }
        percent = try container.decodeIfPresent(String.self, forKey: .percent).flatMap { Decimal(string: $0, locale: posix) }
        places = difference.map { max(0, -$0.exponent) } ?? 0
    }
}
