import AuditEngine
import AuditStore

extension RunSubject {
    /// A stored revision as renderers name it: its ref, its text in the store, its commit, and
    /// for a PDF its original and the pages of the text's lines.
    public init(_ revision: Revision, in workspace: Workspace) throws {
        let isPDF = revision.pages != nil
        self.init(
            label: revision.ref,
            artifactURI: "\(revision.ref)/text.txt",
            repositoryURI: workspace.storeDirectory.standardizedFileURL.absoluteString,
            revisionID: revision.commitID,
            originalURI: isPDF ? "\(revision.ref)/original" : nil,
            pages: try workspace.pages(of: revision)
        )
    }
}
