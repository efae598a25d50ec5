import CheckerKit
import Foundation
import Yams

/// The `external-checkers` section: one mapping per checker, keyed by its id.
extension ConfigurationLoader {
    private static let externalKeys = ["command", "version", "summary", "enabled", "level", "timeout-seconds", "memory-megabytes"]

    func externalCheckers(_ node: Node, directory: URL) throws -> [ExternalChecker] {
        try entries(of: node, at: "external-checkers").map { id, line, value in
            try checkExternalID(id, line: line)
            return try externalChecker(id, value, directory: directory)
        }
    }

    /// Ids share one namespace with the built-in checkers and prefix the checker's rule ids,
    /// so they follow the built-ins' kebab-case and may not take an existing id or the engine's.
    private func checkExternalID(_ id: String, line: Int?) throws {
        if descriptions[id] != nil || id == "engine" {
            throw ConfigurationError("external-checkers", line: line, LocalizedText(en: "'\(id)' is the id of a built-in checker; choose another", zh: "'\(id)' 是内置检查器的编号，请另取一个"))
        }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard allowed, let first = id.unicodeScalars.first, first != "-" else {
            throw ConfigurationError("external-checkers", line: line, LocalizedText(en: "'\(id)' is not a valid id (lower-case letters, digits and '-', like table-references)", zh: "'\(id)' 不是有效的编号（小写字母、数字和 '-'，如 table-references）"))
        }
    }

    private func externalChecker(_ id: String, _ node: Node, directory: URL) throws -> ExternalChecker {
        let path = "external-checkers.\(id)"
        var checker = ExternalChecker(id: id, version: "", command: [], directory: directory)
        var seen: Set<String> = []
        for (key, line, value) in try entries(of: node, at: path) {
            seen.insert(key)
            switch key {
            case "command": checker.command = try command(value, at: "\(path).command")
            case "version": checker.version = try text(value, at: "\(path).version")
            case "summary": checker.summary = try text(value, at: "\(path).summary")
            case "enabled": checker.enabled = try bool(value, at: "\(path).enabled")
            case "level": checker.level = try level(value, at: "\(path).level")
            case "timeout-seconds": checker.timeoutSeconds = try positiveInteger(value, at: "\(path).timeout-seconds")
            case "memory-megabytes": checker.memoryMegabytes = try positiveInteger(value, at: "\(path).memory-megabytes")
            default:
                throw ConfigurationError(path, line: line, LocalizedText(en: "unknown key '\(key)' (known: \(Self.externalKeys.joined(separator: ", ")))", zh: "未知的键 '\(key)'（已有：\(Self.externalKeys.joined(separator: "、"))）"))
            }
        }
        for required in ["command", "version"] where !seen.contains(required) {
            throw ConfigurationError(path, line: node.mark?.line, LocalizedText(en: "missing '\(required)'", zh: "缺少 '\(required)'"))
        }
        return checker
    }

    private func command(_ node: Node, at path: String) throws -> [String] {
        let example = "a list like [python3, checks/my_check.py]"
        guard let sequence = node.sequence else {
            throw ConfigurationError(path, line: node.mark?.line, LocalizedText(en: "expected \(example), got '\(node.string ?? "a mapping")'", zh: "应为 \(example)，实为 '\(node.string ?? "一个映射")'"))
        }
        let words = try sequence.map { word in
            guard let text = word.scalar?.string, !text.isEmpty, !text.contains("\0") else {
                throw ConfigurationError(path, line: word.mark?.line, LocalizedText(en: "expected \(example): each item a non-empty string", zh: "应为 \(example)：每一项都是非空字符串"))
            }
            return text
        }
        guard !words.isEmpty else { throw ConfigurationError(path, line: node.mark?.line, LocalizedText(en: "expected \(example), got an empty list", zh: "应为 \(example)，实为空列表")) }
        return words
    }

    private func text(_ node: Node, at path: String) throws -> String {
        guard let text = node.scalar?.string, !text.isEmpty else {
            throw ConfigurationError(path, line: node.mark?.line, LocalizedText(en: "expected a non-empty string", zh: "应为非空字符串"))
        }
        return text
    }
}
