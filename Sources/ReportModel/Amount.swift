import Foundation

/// A number as printed in the report, with its exact value and printed precision.
///
/// The precision matters for rounding: a value printed with `d` decimals stands for the
/// interval [value − ½·10⁻ᵈ, value + ½·10⁻ᵈ] (docs/report-format.md, "Rounding").
public struct Amount: Hashable, Sendable {
    public var printed: String
    public var value: Decimal
    public var decimals: Int

    public init(printed: String, value: Decimal, decimals: Int) {
        self.printed = printed
        self.value = value
        self.decimals = decimals
    }

    /// Half a unit in the last printed place: the most rounding can have moved this value.
    public var halfUnit: Decimal {
        Self.halfUnit(decimals: decimals)
    }

    /// ½·10⁻ᵈ: the rounding bound of any figure printed with `decimals` places.
    public static func halfUnit(decimals: Int) -> Decimal {
        Decimal(sign: .plus, exponent: -decimals, significand: 5) / 10
    }
}

extension Amount: Codable {
    private enum CodingKeys: String, CodingKey { case printed, value, decimals }

    // The value travels as a string: JSON numbers would pass through binary floating point.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(printed, forKey: .printed)
        try container.encode(value.plainString, forKey: .value)
        try container.encode(decimals, forKey: .decimals)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        printed = try container.decode(String.self, forKey: .printed)
        let text = try container.decode(String.self, forKey: .value)
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            throw DecodingError.dataCorruptedError(forKey: .value, in: container, debugDescription: "not a decimal: \(text)")
        }
        self.value = value
        decimals = try container.decode(Int.self, forKey: .decimals)
    }
}

extension Decimal {
    /// The value in plain notation ("20864.64", "-0.5"), independent of locale.
    public var plainString: String {
        var copy = self
        return NSDecimalString(&copy, Locale(identifier: "en_US_POSIX"))
    }
}
