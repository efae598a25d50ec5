import Foundation
import Localization

/// The options a checker runs with: its declared defaults overlaid with `audit.yml`. The
/// engine has already rejected unknown keys and wrong types, so a lookup fails only when a
/// checker asks for a key it never declared.
public struct CheckerConfiguration: Sendable {
    public var values: [String: OptionValue]

    public init(values: [String: OptionValue]) {
        self.values = values
    }

    /// The defaults alone.
    public init(defaults options: [OptionDescription]) {
        self.init(values: Dictionary(uniqueKeysWithValues: options.map { ($0.key, $0.defaultValue) }))
    }

    public func bool(_ key: String) throws -> Bool {
        guard case .bool(let value) = try value(key) else { throw mismatch(key, .bool(false)) }
        return value
    }

    public func integer(_ key: String) throws -> Int {
        guard case .integer(let value) = try value(key) else { throw mismatch(key, .integer(0)) }
        return value
    }

    public func decimal(_ key: String) throws -> Decimal {
        switch try value(key) {
        case .decimal(let value): return value
        case .integer(let value): return Decimal(value)
        default: throw mismatch(key, .decimal(0))
        }
    }

    public func text(_ key: String) throws -> String {
        guard case .text(let value) = try value(key) else { throw mismatch(key, .text("")) }
        return value
    }

    private func value(_ key: String) throws -> OptionValue {
        guard let value = values[key] else { throw CheckerConfigurationError.undeclared(key: key) }
        return value
    }

    /// `expected` is any value of the kind asked for; only its kind is named.
    private func mismatch(_ key: String, _ expected: OptionValue) -> CheckerConfigurationError {
        .wrongType(key: key, expected: expected)
    }
}

/// A checker asking for an option it never declared, or as another kind than it declared: a
/// defect of the checker, said in both languages.
public enum CheckerConfigurationError: Error, CustomStringConvertible, LocalizedFailure {
    case undeclared(key: String)
    case wrongType(key: String, expected: OptionValue)

    public var wording: LocalizedText {
        switch self {
        case .undeclared(let key):
            LocalizedText(en: "option '\(key)' is not declared by the checker", zh: "选项 '\(key)' 未由该检查器声明")
        case .wrongType(let key, let expected):
            LocalizedText(en: "option '\(key)' is not \(expected.kind)", zh: "选项 '\(key)' 不是\(expected.kindZh)")
        }
    }

    public var description: String { wording.en }
}
