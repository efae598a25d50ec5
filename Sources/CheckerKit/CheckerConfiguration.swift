import Foundation

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
        guard case .bool(let value) = try value(key) else { throw mismatch(key, "boolean") }
        return value
    }

    public func integer(_ key: String) throws -> Int {
        guard case .integer(let value) = try value(key) else { throw mismatch(key, "integer") }
        return value
    }

    public func decimal(_ key: String) throws -> Decimal {
        switch try value(key) {
        case .decimal(let value): return value
        case .integer(let value): return Decimal(value)
        default: throw mismatch(key, "decimal")
        }
    }

    public func text(_ key: String) throws -> String {
        guard case .text(let value) = try value(key) else { throw mismatch(key, "string") }
        return value
    }

    private func value(_ key: String) throws -> OptionValue {
        guard let value = values[key] else { throw CheckerConfigurationError.undeclared(key: key) }
        return value
    }

    private func mismatch(_ key: String, _ expected: String) -> CheckerConfigurationError {
        .wrongType(key: key, expected: expected)
    }
}

public enum CheckerConfigurationError: Error, CustomStringConvertible {
    case undeclared(key: String)
    case wrongType(key: String, expected: String)

    public var description: String {
        switch self {
        case .undeclared(let key): "option '\(key)' is not declared by the checker"
        case .wrongType(let key, let expected): "option '\(key)' is not a \(expected)"
        }
    }
}
