import Yams

/// A node of a pack file with the file's name, so that every mistake can say where it is.
struct PackNode {
    let node: Node
    let file: String

    var line: Int { node.mark?.line ?? 1 }
    var column: Int { node.mark?.column ?? 1 }
    var origin: String { "\(file):\(line):\(column)" }

    func error(_ message: String) -> RulePackError {
        RulePackError(file: file, line: line, column: column, message)
    }

    /// The mapping's entries in order; a key given twice or a key outside `known` is an error.
    func entries(known: [String]) throws -> [(key: String, keyNode: PackNode, value: PackNode)] {
        guard let mapping = node.mapping else { throw error("expected a mapping, got \(kind)") }
        var seen = Set<String>()
        return try mapping.map { key, value in
            let keyNode = PackNode(node: key, file: file)
            guard let name = key.scalar?.string else { throw keyNode.error("keys must be plain names") }
            guard known.isEmpty || known.contains(name) else {
                throw keyNode.error("unknown key '\(name)' (known: \(known.joined(separator: ", ")))")
            }
            guard seen.insert(name).inserted else { throw keyNode.error("duplicate key '\(name)'") }
            return (name, keyNode, PackNode(node: value, file: file))
        }
    }

    func string() throws -> String {
        guard let scalar = node.scalar else { throw error("expected a string, got \(kind)") }
        return scalar.string
    }

    func bool() throws -> Bool {
        guard node.scalar != nil, let value = node.bool else { throw error("expected true or false, got '\(node.string ?? kind)'") }
        return value
    }

    func sequence() throws -> [PackNode] {
        guard let sequence = node.sequence else { throw error("expected a list, got \(kind)") }
        return sequence.map { PackNode(node: $0, file: file) }
    }

    func strings() throws -> [String] {
        try sequence().map { try $0.string() }
    }

    /// One of `allowed`, by its spelling in the pack.
    func choice<T>(_ allowed: [(String, T)], what: String) throws -> T {
        let text = try string()
        guard let match = allowed.first(where: { $0.0 == text }) else {
            throw error("unknown \(what) '\(text)' (known: \(allowed.map(\.0).joined(separator: ", ")))")
        }
        return match.1
    }

    private var kind: String {
        switch node {
        case .scalar(let scalar): "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}
