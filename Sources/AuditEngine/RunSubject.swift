import ReportModel

/// Which report version a run checked, and where it is stored: renderers quote it, SARIF
/// turns it into artifact locations and `versionControlProvenance`.
public struct RunSubject: Codable, Hashable, Sendable {
    /// The version label as the store names it: "2021@1".
    public var label: String
    /// The stored text, relative to the workspace: "2021@1/text.txt".
    public var artifactURI: String
    /// File URI of the workspace's store.
    public var repositoryURI: String?
    /// The commit that holds this version.
    public var revisionID: String?
    /// When the original is a PDF: the original, relative to the workspace ("2024@1/original"),
    /// and the page of each line of the stored text, so that places read "p. 7, line 12".
    public var originalURI: String?
    public var pages: PageMap?
    /// The rule pack (report format) the report was checked with: "shanghai-2024".
    public var format: String?

    public init(
        label: String, artifactURI: String, repositoryURI: String? = nil, revisionID: String? = nil,
        originalURI: String? = nil, pages: PageMap? = nil, format: String? = nil
    ) {
        self.label = label
        self.artifactURI = artifactURI
        self.repositoryURI = repositoryURI
        self.revisionID = revisionID
        self.originalURI = originalURI
        self.pages = pages
        self.format = format
    }
}
