import AuditEngine
import AuditStore

extension RunSubject {
    /// A stored revision as renderers name it: its ref, its text in the store, its commit.
    public init(_ revision: Revision, in workspace: Workspace) {
        self.init(
            label: revision.ref,
            artifactURI: "\(revision.ref)/text.txt",
            repositoryURI: workspace.storeDirectory.standardizedFileURL.absoluteString,
            revisionID: revision.commitID
        )
    }
}
