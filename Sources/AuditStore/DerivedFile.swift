import Foundation

/// A file computed from a revision's text (the parsed model, say) and stored in the
/// revision's tree beside it, so that readers need not compute it again. The store knows
/// nothing of its contents; whoever reads it must cope with its absence, since revisions
/// committed before it existed, or by other tools, lack it.
public struct DerivedFile: Equatable, Sendable {
    public let name: String
    public let data: Data

    /// `name` is a plain file name, not one of the revision's own files.
    public init(name: String, data: Data) {
        precondition(!name.isEmpty && !name.contains("/") && !name.contains("\0") && !name.hasPrefix("."), "bad derived file name \(name)")
        precondition(!RevisionTree.ownNames.contains(name), "\(name) is one of the revision's own files")
        self.name = name
        self.data = data
    }
}
