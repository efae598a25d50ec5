import Foundation
import Git
import TestSupport
import XCTest

final class RepositoryTests: XCTestCase {
    func testOpeningADirectoryThatIsNotARepositoryCarriesLibgit2sMessage() throws {
        let directory = try makeTemporaryDirectory(for: self)
        XCTAssertThrowsError(try Repository.openBare(at: directory)) { error in
            guard let gitError = error as? GitError else { return XCTFail("not a GitError: \(error)") }
            XCTAssertEqual(gitError.kind, .notFound)
            XCTAssertTrue(gitError.message.contains(directory.lastPathComponent), gitError.message)
            XCTAssertTrue(gitError.description.hasPrefix("open repository \(directory.path): "), gitError.description)
        }
    }

    func testInitBareCreatesARepositoryGitRecognises() throws {
        let directory = try makeTemporaryDirectory(for: self).appendingPathComponent("store.git")
        let repository = try Repository.initBare(at: directory)
        XCTAssertTrue(repository.isBare)
        XCTAssertEqual(repository.gitDirectory.standardizedFileURL.path, directory.standardizedFileURL.path)
        let result = try runGit(["rev-parse", "--is-bare-repository"], in: directory)
        XCTAssertEqual(result.output.trimmingCharacters(in: .whitespacesAndNewlines), "true")
    }

    func testInitBareOnAnExistingRepositoryKeepsItsRefs() throws {
        let directory = try makeTemporaryDirectory(for: self).appendingPathComponent("store.git")
        let repository = try Repository.initBare(at: directory)
        let commit = try makeCommit(in: repository, files: ["a": "one"], parents: [])
        try repository.createReference("refs/heads/main", target: commit, logMessage: "test")
        let reopened = try Repository.initBare(at: directory)
        XCTAssertEqual(try reopened.referenceTarget("refs/heads/main"), commit)
    }
}

/// A commit of a flat tree of text files, for tests that need history.
func makeCommit(in repository: Repository, files: [String: String], parents: [OID], message: String = "test") throws -> OID {
    let entries = try files.sorted { $0.key < $1.key }.map { name, content in
        TreeEntry(name: name, id: try repository.createBlob(Data(content.utf8)))
    }
    let signature = try Signature.now(name: "Test Author", email: "test@example.org")
    return try repository.createCommit(
        tree: try repository.createTree(entries), parents: parents,
        author: signature, committer: signature, message: message
    )
}
