import CheckerKit
import Foundation
import Yams

/// Turns a YAML scalar into an option value of the same kind as the option's default.
/// Decimals are read from the scalar's text, so "0.1" stays exactly 0.1.
enum OptionParsing {
    static func value(_ node: Node, like template: OptionValue, at path: String) throws -> OptionValue {
        guard let scalar = node.scalar else { throw mismatch(node, template, at: path) }
        switch template {
        case .bool:
            guard let value = node.bool else { throw mismatch(node, template, at: path) }
            return .bool(value)
        case .integer:
            guard let value = node.int else { throw mismatch(node, template, at: path) }
            return .integer(value)
        case .decimal:
            guard node.bool == nil, let value = Decimal(plain: scalar.string), scalar.string.allSatisfy(isDecimalCharacter) else {
                throw mismatch(node, template, at: path)
            }
            return .decimal(value)
        case .text:
            return .text(scalar.string)
        }
    }

    private static func isDecimalCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isNumber || character == "." || character == "-" || character == "+")
    }

    private static func mismatch(_ node: Node, _ template: OptionValue, at path: String) -> ConfigurationError {
        ConfigurationError(path, line: node.mark?.line, LocalizedText(en: "expected \(template.kind), got '\(node.string ?? "a collection")'", zh: "应为\(template.kindZh)，实为 '\(node.string ?? "一个集合")'"))
    }
}
