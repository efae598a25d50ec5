import CheckerKit
import Foundation
import Yams

/// Reads `audit.yml` against the descriptions of the registered checkers. Every key is
/// checked: an unknown checker, an unknown option or a value of the wrong type is an error,
/// never silently ignored, because a misspelt threshold would otherwise look like a pass.
///
///     timeout-seconds: 60
///     checkers:
///       total-reconciliation:
///         enabled: true
///         level: warning
///         narrative: false
public struct ConfigurationLoader {
    let descriptions: [String: CheckerDescription]

    public init(checkers: [any Checker.Type]) {
        descriptions = Dictionary(uniqueKeysWithValues: checkers.map { ($0.description.id, $0.description) })
    }

    /// The configuration in `file`, or the defaults when there is no such file. External
    /// checkers' commands run in the file's directory.
    public func load(contentsOf file: URL) throws -> AuditConfiguration {
        guard let bytes = try ConfigurationFile.read(file) else { return AuditConfiguration() }
        guard let yaml = String(validating: bytes, as: UTF8.self) else {
            throw ConfigurationError("", line: nil, LocalizedText(en: "not UTF-8 text", zh: "不是 UTF-8 文本"))
        }
        return try load(yaml: yaml, directory: file.deletingLastPathComponent())
    }

    /// Size and nesting are bounded before parsing (`YAMLBounds`).
    public func load(yaml: String, directory: URL = URL(fileURLWithPath: ".")) throws -> AuditConfiguration {
        try YAMLBounds.check(Array(yaml.utf8))
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw Self.syntaxError(error)
        }
        guard let root else { return AuditConfiguration() }
        return try configuration(root, directory: directory)
    }

    /// Yams' own problem (quoted as it is) at the line it names, the place in front as for
    /// every other mistake.
    private static func syntaxError(_ error: Error) -> ConfigurationError {
        let line: Int?
        let reason: String
        switch error as? YamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            (line, reason) = (mark.line, problem)
        default:
            (line, reason) = (nil, String(describing: error).split(separator: "\n").first.map(String.init) ?? "")
        }
        return ConfigurationError("", line: line, LocalizedText(en: "not valid YAML: \(reason)", zh: "不是有效的 YAML：\(reason)"))
    }

    private func configuration(_ root: Node, directory: URL) throws -> AuditConfiguration {
        var configuration = AuditConfiguration()
        for (key, line, value) in try entries(of: root, at: "") {
            switch key {
            case "checkers":
                configuration.checkers = try checkers(value)
            case "timeout-seconds":
                configuration.timeoutSeconds = try positiveInteger(value, at: key)
            case "memory-megabytes":
                configuration.memoryMegabytes = try positiveInteger(value, at: key)
            case "external-checkers":
                configuration.externalCheckers = try externalCheckers(value, directory: directory)
            case "rule-pack":
                guard let id = value.scalar?.string, !id.isEmpty else {
                    throw ConfigurationError(key, line: value.mark?.line, LocalizedText(en: "expected a pack id such as shanghai-2024", zh: "应为规则包编号，如 shanghai-2024"))
                }
                configuration.rulePack = id
            default:
                throw ConfigurationError("", line: line, LocalizedText(en: "unknown key '\(key)' (known: checkers, external-checkers, memory-megabytes, rule-pack, timeout-seconds)", zh: "未知的键 '\(key)'（已有：checkers、external-checkers、memory-megabytes、rule-pack、timeout-seconds）"))
            }
        }
        return configuration
    }

    private func checkers(_ node: Node) throws -> [String: CheckerSettings] {
        var settings: [String: CheckerSettings] = [:]
        for (id, line, value) in try entries(of: node, at: "checkers") {
            guard let description = descriptions[id] else {
                let known = descriptions.keys.sorted().joined(separator: ", ")
                throw ConfigurationError("checkers", line: line, LocalizedText(en: "unknown checker '\(id)' (known: \(known))", zh: "未知的检查器 '\(id)'（已有：\(known)）"))
            }
            settings[id] = try checkerSettings(value, for: description)
        }
        return settings
    }

    private func checkerSettings(_ node: Node, for description: CheckerDescription) throws -> CheckerSettings {
        let path = "checkers.\(description.id)"
        let options = Dictionary(uniqueKeysWithValues: description.options.map { ($0.key, $0) })
        var settings = CheckerSettings()
        for (key, line, value) in try entries(of: node, at: path) {
            switch key {
            case "enabled":
                settings.enabled = try bool(value, at: "\(path).\(key)")
            case "level":
                settings.level = try level(value, at: "\(path).\(key)")
            default:
                guard let option = options[key] else {
                    let known = (["enabled", "level"] + description.options.map(\.key)).joined(separator: ", ")
                    throw ConfigurationError(path, line: line, LocalizedText(en: "unknown key '\(key)' (known: \(known))", zh: "未知的键 '\(key)'（已有：\(known)）"))
                }
                settings.options[key] = try OptionParsing.value(value, like: option.defaultValue, at: "\(path).\(key)")
            }
        }
        return settings
    }

    /// The mapping's keys with the line each is on, and their values. A key given twice is an
    /// error: YAML parsers disagree on which value wins, and either way one is silently lost.
    func entries(of node: Node, at path: String) throws -> [(String, Int?, Node)] {
        guard let mapping = node.mapping else {
            throw ConfigurationError(path, line: node.mark?.line, LocalizedText(en: "expected a mapping of keys to values", zh: "应为键到值的映射"))
        }
        var firstLines: [String: Int?] = [:]
        return try mapping.map { key, value in
            guard let name = key.scalar?.string else {
                throw ConfigurationError(path, line: key.mark?.line, LocalizedText(en: "keys must be plain names", zh: "键必须是普通名称"))
            }
            if let first = firstLines[name] {
                let earlier = first.map { LocalizedText(en: " (first on line \($0))", zh: "（首次出现在第 \($0) 行）") } ?? .same("")
                throw ConfigurationError(path, line: key.mark?.line, LocalizedText(en: "duplicate key '\(name)'", zh: "键 '\(name)' 重复") + earlier)
            }
            firstLines[name] = key.mark?.line
            return (name, key.mark?.line, value)
        }
    }

    func bool(_ node: Node, at path: String) throws -> Bool {
        guard let value = node.bool else {
            throw ConfigurationError(path, line: node.mark?.line, LocalizedText(en: "expected a boolean, got '\(node.string ?? "a collection")'", zh: "应为布尔值，实为 '\(node.string ?? "一个集合")'"))
        }
        return value
    }

    func positiveInteger(_ node: Node, at path: String) throws -> Int {
        guard let value = node.int, value > 0 else {
            throw ConfigurationError(path, line: node.mark?.line, LocalizedText(en: "expected a positive integer, got '\(node.string ?? "")'", zh: "应为正整数，实为 '\(node.string ?? "")'"))
        }
        return value
    }

    func level(_ node: Node, at path: String) throws -> Level {
        guard let text = node.scalar?.string, let level = Level(rawValue: text) else {
            let allowed = Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw ConfigurationError(path, line: node.mark?.line, LocalizedText(en: "expected one of \(allowed), got '\(node.string ?? "")'", zh: "应为 \(allowed) 之一，实为 '\(node.string ?? "")'"))
        }
        return level
    }
}
