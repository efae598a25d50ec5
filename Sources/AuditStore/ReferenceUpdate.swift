import Git

/// One ref to move by compare-and-swap from what it held when the change was computed.
public struct ReferenceUpdate: Codable, Equatable {
    public let name: String
    public let from: String?
    public let to: String

    public init(name: String, from: OID?, to: OID) {
        self.name = name
        self.from = from?.hex
        self.to = to.hex
    }

    func apply(in repository: Repository, logMessage: String) throws {
        let target = try OID(hex: to)
        if let from {
            try repository.updateReference(name, target: target, expected: try OID(hex: from), logMessage: logMessage)
        } else {
            try repository.createReference(name, target: target, logMessage: logMessage)
        }
    }

    /// Moves the ref back to `from` if it holds `to`; leaves it alone otherwise.
    func undo(in repository: Repository, logMessage: String) throws {
        guard try repository.referenceTarget(name)?.hex == to else { return }
        if let from {
            try repository.updateReference(name, target: try OID(hex: from), expected: try OID(hex: to), logMessage: logMessage)
        } else {
            try repository.deleteReference(name)
        }
    }
}
