import Foundation
import ReportModel

/// An exact number together with the way a reader sees it: the report's "20,864.64" or a
/// recomputed "72.42%".
public struct Quantity: Hashable, Sendable {
    public var value: Decimal
    public var printed: String

    public init(value: Decimal, printed: String) {
        self.value = value
        self.printed = printed
    }

    /// Half a unit in the last printed place, as for an `Amount`: the most rounding can have moved it.
    public var halfUnit: Decimal {
        Amount.halfUnit(decimals: printed.split(separator: ".").dropFirst().first?.count ?? 0)
    }

    /// A computed value, printed in plain notation rounded to `decimals` places.
    public init(computed value: Decimal, decimals: Int) {
        self.value = value
        self.printed = value.rounded(toPlaces: decimals).fixedString(decimals: decimals)
    }
}

extension Quantity: Codable {
    private enum CodingKeys: String, CodingKey { case value, printed }

    // As with `Amount`, the value travels as a string so that JSON keeps it exact.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value.plainString, forKey: .value)
        try container.encode(printed, forKey: .printed)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .value)
        guard let value = Decimal(plain: text) else {
            throw DecodingError.dataCorruptedError(forKey: .value, in: container, debugDescription: "not a decimal: \(text)")
        }
        self.value = value
        printed = try container.decode(String.self, forKey: .printed)
    }
}
