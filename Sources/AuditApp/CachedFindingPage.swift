import AuditStore
import CheckerKit
import Foundation

/// `RenderFindingPage` through the derived cache: a page drawn once for a finding is read back
/// (cache/<text blob>/page-<n>-<fingerprint>.png) instead of drawn again, ~0.3 s each.
public struct CachedFindingPage {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func run(_ revision: Revision, finding: Finding, page: Int? = nil) throws -> Data? {
        let name = "page-\(page.map(String.init) ?? "own")-\(finding.fingerprint.prefix(32)).png"
        if let cached = try workspace.derivedFile(named: name, of: revision) { return cached }
        guard let drawn = try RenderFindingPage(workspace: workspace).run(revision, finding: finding, page: page) else { return nil }
        try workspace.storeDerivedFile(DerivedFile(name: name, data: drawn.png), of: revision)
        return drawn.png
    }
}
