/// One file of a tree: only regular files, since the store never writes subdirectories.
public struct TreeEntry: Equatable {
    public let name: String
    public let id: OID

    public init(name: String, id: OID) {
        self.name = name
        self.id = id
    }
}
