import Foundation

/// A file computed from a revision's text (the parsed model, say), kept so that readers need
/// not compute it again. The store knows nothing of its contents, and whoever reads it must
/// cope with its absence: revisions committed before it existed, by other tools, or into a
/// clone of the store have none.
public struct DerivedFile: Equatable, Sendable {
    public let name: String
    public let data: Data

    /// `name` is a plain file name.
    public init(name: String, data: Data) {
        precondition(!name.isEmpty && !name.contains("/") && !name.contains("\0") && !name.hasPrefix("."), "bad derived file name \(name)")
        self.name = name
        self.data = data
    }
}
