import Foundation
import Git
import TestSupport
import XCTest

final class ReferenceTests: XCTestCase {
    private var directory: URL!
    private var repository: Repository!
    private var first: OID!
    private var second: OID!

    override func setUpWithError() throws {
        directory = try makeTemporaryDirectory(for: self).appendingPathComponent("store.git")
        repository = try Repository.initBare(at: directory)
        first = try makeCommit(in: repository, files: ["a": "1"], parents: [])
        second = try makeCommit(in: repository, files: ["a": "2"], parents: [first])
    }

    func testAReferenceIsReadWithoutFollowingIt() throws {
        try repository.createReference("refs/heads/v", target: first, logMessage: "test")
        try Data("ref: refs/heads/v\n".utf8).write(to: directory.appendingPathComponent("refs/heads/alias"))
        XCTAssertEqual(try repository.referenceValue("refs/heads/v"), .direct(first))
        XCTAssertEqual(try repository.referenceValue("refs/heads/alias"), .symbolic("refs/heads/v"))
        XCTAssertNil(try repository.referenceValue("refs/heads/none"))
    }

    /// libgit2's listings skip a ref file they cannot parse; this is how it is found.
    func testUnreadableLooseReferencesAreListedWithTheReason() throws {
        try repository.createReference("refs/heads/good", target: first, logMessage: "test")
        try Data().write(to: directory.appendingPathComponent("refs/heads/empty"))
        try Data("not a ref".utf8).write(to: directory.appendingPathComponent("refs/heads/garbage"))
        XCTAssertEqual(try repository.referenceNames(matching: "refs/heads/*"), ["refs/heads/good"])
        let unreadable = repository.unreadableLooseReferences(under: "refs/heads/")
        XCTAssertEqual(unreadable.map(\.name), ["refs/heads/empty", "refs/heads/garbage"])
        XCTAssertEqual(unreadable.first?.reason, "corrupted loose reference file: refs/heads/empty")
    }

    func testMissingReferenceHasNoTarget() throws {
        XCTAssertNil(try repository.referenceTarget("refs/heads/none"))
    }

    func testCreatingAnExistingReferenceFailsWithExists() throws {
        try repository.createReference("refs/heads/v", target: first, logMessage: "test")
        XCTAssertThrowsError(try repository.createReference("refs/heads/v", target: second, logMessage: "test")) { error in
            XCTAssertEqual((error as? GitError)?.kind, .exists)
        }
        XCTAssertEqual(try repository.referenceTarget("refs/heads/v"), first)
    }

    func testCompareAndSwapMovesTheReferenceFromTheExpectedTarget() throws {
        try repository.createReference("refs/heads/v", target: first, logMessage: "test")
        try repository.updateReference("refs/heads/v", target: second, expected: first, logMessage: "test")
        XCTAssertEqual(try repository.referenceTarget("refs/heads/v"), second)
    }

    func testCompareAndSwapFailsWithModifiedWhenTheReferenceMoved() throws {
        try repository.createReference("refs/heads/v", target: second, logMessage: "test")
        let third = try makeCommit(in: repository, files: ["a": "3"], parents: [first])
        XCTAssertThrowsError(try repository.updateReference("refs/heads/v", target: third, expected: first, logMessage: "test")) { error in
            XCTAssertEqual((error as? GitError)?.kind, .modified)
        }
        XCTAssertEqual(try repository.referenceTarget("refs/heads/v"), second)
    }

    func testAReferenceLockFileBlocksUpdatesWithLocked() throws {
        try repository.createReference("refs/heads/v", target: first, logMessage: "test")
        let lock = directory.appendingPathComponent("refs/heads/v.lock")
        try Data().write(to: lock)
        XCTAssertThrowsError(try repository.updateReference("refs/heads/v", target: second, expected: first, logMessage: "test")) { error in
            XCTAssertEqual((error as? GitError)?.kind, .locked)
        }
        XCTAssertEqual(try repository.referenceTarget("refs/heads/v"), first)
    }

    func testReferenceNamesMatchingAGlobLeaveOtherNamespacesOut() throws {
        try repository.createReference("refs/heads/2021", target: first, logMessage: "test")
        try repository.createReference("refs/heads/2020", target: second, logMessage: "test")
        try repository.createReference("refs/notes/findings", target: second, logMessage: "test")
        XCTAssertEqual(try repository.referenceNames(matching: "refs/heads/*").sorted(), ["refs/heads/2020", "refs/heads/2021"])
    }

    func testBranchNameValidityFollowsGitRules() throws {
        XCTAssertTrue(try Repository.isValidBranchName("2021"))
        XCTAssertTrue(try Repository.isValidBranchName("v2.1-draft_b"))
        XCTAssertFalse(try Repository.isValidBranchName("a..b"))
        XCTAssertFalse(try Repository.isValidBranchName("x.lock"))
        XCTAssertFalse(try Repository.isValidBranchName("x."))
        XCTAssertFalse(try Repository.isValidBranchName("a b"))
        // Valid ref names, yet git refuses them as branches.
        XCTAssertFalse(try Repository.isValidBranchName("HEAD"))
        XCTAssertFalse(try Repository.isValidBranchName("-x"))
    }

    func testHeadIsUnbornUntilPointedAtAnExistingBranch() throws {
        XCTAssertTrue(try repository.isHeadUnborn)
        try repository.createReference("refs/heads/2021", target: first, logMessage: "test")
        try repository.setHead("refs/heads/2021")
        XCTAssertFalse(try repository.isHeadUnborn)
        XCTAssertEqual(try repository.referenceTarget("HEAD"), first)
    }
}
