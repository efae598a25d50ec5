import AuditStore
import CheckerKit
import Foundation
import MarkedUpPDF

/// `RenderFindingPage` through the derived cache: a page drawn once for a finding is read back
/// (cache/<text blob>/page-<n>-<fingerprint>-v<renderer version>.png) instead of drawn again,
/// ~0.3 s each; a picture a renderer of another version drew is never read.
public struct CachedFindingPage {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func run(_ revision: Revision, finding: Finding, page: Int? = nil) throws -> Data? {
        let name = Self.name(page: page, finding: finding)
        if let cached = try workspace.derivedFile(named: name, of: revision) { return cached }
        guard let drawn = try RenderFindingPage(workspace: workspace).run(revision, finding: finding, page: page) else { return nil }
        try workspace.storeDerivedFile(DerivedFile(name: name, data: drawn.png), of: revision)
        return drawn.png
    }

    /// The derived file's name for `finding` on `page` (nil: its own page), drawn by the page
    /// renderer of `rendererVersion`.
    public static func name(page: Int?, finding: Finding, rendererVersion: Int = PagePNG.version) -> String {
        "page-\(page.map(String.init) ?? "own")-\(finding.fingerprint.prefix(32))-v\(rendererVersion).png"
    }
}
