import AuditApp
import AuditStore
import Foundation
import TestSupport
import XCTest

/// A fresh workspace for each test, with the sample reports at hand: the use cases are called
/// as a front end calls them, with the registered checkers and the workspace's `audit.yml`.
class AppWorkspace: XCTestCase {
    static let author = "Tester <tester@example.org>"
    static let report2021 = packageRoot.appendingPathComponent("reports/shanwei-zsj/2021.txt")
    static let report2020 = packageRoot.appendingPathComponent("reports/shanwei-zsj/2020.txt")

    var directory: URL!
    var workspace: Workspace!

    override func setUpWithError() throws {
        directory = try makeTemporaryDirectory(for: self)
        workspace = try Workspace.initialize(at: directory.appendingPathComponent("workspace"))
    }

    @discardableResult
    func store(_ version: String, _ file: URL) throws -> StoreRevision.Outcome {
        try StoreRevision(workspace: workspace).run(version: version, file: file, message: nil, author: Self.author)
    }

    func writeConfiguration(_ yaml: String) throws {
        try Data(yaml.utf8).write(to: workspace.directory.appendingPathComponent("audit.yml"))
    }
}
