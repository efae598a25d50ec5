import Localization
import Yams

/// A node of a pack file with the file's name, so that every mistake can say where it is.
struct PackNode {
    let node: Node
    let file: String

    var line: Int { node.mark?.line ?? 1 }
    var column: Int { node.mark?.column ?? 1 }
    var origin: String { "\(file):\(line):\(column)" }

    func error(_ problem: LocalizedText) -> RulePackError {
        RulePackError(file: file, line: line, column: column, problem)
    }

    func error(en: String, zh: String) -> RulePackError {
        error(LocalizedText(en: en, zh: zh))
    }

    /// The mapping's entries in order; a key given twice or a key outside `known` is an error.
    func entries(known: [String]) throws -> [(key: String, keyNode: PackNode, value: PackNode)] {
        guard let mapping = node.mapping else { throw error(en: "expected a mapping, got \(kind.en)", zh: "应为映射，实为\(kind.zh)") }
        var seen = Set<String>()
        return try mapping.map { key, value in
            let keyNode = PackNode(node: key, file: file)
            guard let name = key.scalar?.string else { throw keyNode.error(en: "keys must be plain names", zh: "键必须是普通名称") }
            guard known.isEmpty || known.contains(name) else {
                throw keyNode.error(LocalizedText(en: "unknown key '\(name)'", zh: "未知的键 '\(name)'") + .known(known))
            }
            guard seen.insert(name).inserted else { throw keyNode.error(en: "duplicate key '\(name)'", zh: "键 '\(name)' 重复") }
            return (name, keyNode, PackNode(node: value, file: file))
        }
    }

    func string() throws -> String {
        guard let scalar = node.scalar else { throw error(en: "expected a string, got \(kind.en)", zh: "应为字符串，实为\(kind.zh)") }
        return scalar.string
    }

    func bool() throws -> Bool {
        guard node.scalar != nil, let value = node.bool else { throw error(en: "expected true or false, got '\(node.string ?? kind.en)'", zh: "应为 true 或 false，实为 '\(node.string ?? kind.zh)'") }
        return value
    }

    func sequence() throws -> [PackNode] {
        guard let sequence = node.sequence else { throw error(en: "expected a list, got \(kind.en)", zh: "应为列表，实为\(kind.zh)") }
        return sequence.map { PackNode(node: $0, file: file) }
    }

    func strings() throws -> [String] {
        try sequence().map { try $0.string() }
    }

    /// One of `allowed`, by its spelling in the pack.
    func choice<T>(_ allowed: [(String, T)], what: LocalizedText) throws -> T {
        let text = try string()
        guard let match = allowed.first(where: { $0.0 == text }) else {
            throw error(LocalizedText(en: "unknown \(what.en) '\(text)'", zh: "未知的\(what.zh) '\(text)'") + .known(allowed.map(\.0)))
        }
        return match.1
    }

    /// In Chinese a quoted scalar brings its own space ("实为 '金额'", but "实为列表").
    private var kind: LocalizedText {
        switch node {
        case .scalar(let scalar): LocalizedText(en: "'\(scalar.string)'", zh: " '\(scalar.string)'")
        case .mapping: LocalizedText(en: "a mapping", zh: "映射")
        case .sequence: LocalizedText(en: "a list", zh: "列表")
        }
    }
}
