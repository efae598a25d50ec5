import Foundation

/// A configuration value as `audit.yml` may set it. Thresholds are decimals, never doubles.
public enum OptionValue: Hashable, Sendable {
    case bool(Bool)
    case integer(Int)
    case decimal(Decimal)
    case text(String)

    /// The kind, with its article, for error messages: "expected a decimal".
    public var kind: String {
        switch self {
        case .bool: "a boolean"
        case .integer: "an integer"
        case .decimal: "a decimal"
        case .text: "a string"
        }
    }

    /// The kind in Chinese, for the same messages: "应为小数".
    public var kindZh: String {
        switch self {
        case .bool: "布尔值"
        case .integer: "整数"
        case .decimal: "小数"
        case .text: "字符串"
        }
    }

    public var display: String {
        switch self {
        case .bool(let value): String(value)
        case .integer(let value): String(value)
        case .decimal(let value): value.plainString
        case .text(let value): value
        }
    }
}
