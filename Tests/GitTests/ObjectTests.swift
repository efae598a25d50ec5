import Foundation
import Git
import TestSupport
import XCTest

final class ObjectTests: XCTestCase {
    private var directory: URL!
    private var repository: Repository!

    override func setUpWithError() throws {
        directory = try makeTemporaryDirectory(for: self).appendingPathComponent("store.git")
        repository = try Repository.initBare(at: directory)
    }

    func testBlobRoundTripsBytesAndItsIDMatchesGitHashObject() throws {
        let bytes = Data([0xB2, 0xBF, 0xC3, 0xC5, 0x0A, 0x00, 0xFF])
        let id = try repository.createBlob(bytes)
        XCTAssertEqual(try repository.blob(id).data, bytes)
        XCTAssertEqual(try Repository.blobID(of: bytes), id)
        let file = directory.deletingLastPathComponent().appendingPathComponent("bytes")
        try bytes.write(to: file)
        let hashed = try runGit(["hash-object", file.path], in: directory)
        XCTAssertEqual(hashed.output.trimmingCharacters(in: .whitespacesAndNewlines), id.hex)
    }

    func testTheObjectDatabaseSaysWhatItHolds() throws {
        let id = try repository.createBlob(Data("held".utf8))
        XCTAssertTrue(try repository.containsObject(id))
        XCTAssertFalse(try repository.containsObject(try Repository.blobID(of: Data("never written".utf8))))
    }

    /// libgit2 1.5 would loop forever inflating this (libgit2 issue 7342).
    func testATruncatedLooseObjectFailsInsteadOfHanging() throws {
        let id = try repository.createBlob(Data(repeating: UInt8(ascii: "x"), count: 10_000) + Data("end".utf8))
        let file = directory.appendingPathComponent("objects/\(id.hex.prefix(2))/\(id.hex.dropFirst(2))")
        let compressed = try Data(contentsOf: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        try compressed.prefix(compressed.count - 6).write(to: file)
        let reopened = try Repository.openBare(at: directory)
        XCTAssertThrowsError(try reopened.blob(id)) { error in
            XCTAssertEqual((error as? GitError)?.message, "its loose object file is truncated or damaged")
        }
    }

    func testADamagedConfigurationIsNoticedWhenChecked() throws {
        try repository.checkConfiguration()
        try Data("[core\n\u{1}garbage".utf8).write(to: directory.appendingPathComponent("config"))
        XCTAssertThrowsError(try Repository.openBare(at: directory).checkConfiguration())
    }

    func testBlobIDOfComputesWithoutWriting() throws {
        let id = try Repository.blobID(of: Data("never written".utf8))
        XCTAssertThrowsError(try repository.blob(id)) { error in
            XCTAssertEqual((error as? GitError)?.kind, .notFound)
        }
    }

    func testTreeKeepsItsEntries() throws {
        let first = try repository.createBlob(Data("1".utf8))
        let second = try repository.createBlob(Data("2".utf8))
        let treeID = try repository.createTree([TreeEntry(name: "b.txt", id: second), TreeEntry(name: "a", id: first)])
        let tree = try repository.tree(treeID)
        XCTAssertEqual(tree.id, treeID)
        XCTAssertEqual(tree.entries, [TreeEntry(name: "a", id: first), TreeEntry(name: "b.txt", id: second)])
        XCTAssertEqual(tree.entry(named: "b.txt")?.id, second)
        XCTAssertNil(tree.entry(named: "c"))
    }

    func testCommitReadsBackTreeParentsAuthorAndMessage() throws {
        let root = try makeCommit(in: repository, files: ["a": "one"], parents: [], message: "first\n\nbody\n")
        let child = try makeCommit(in: repository, files: ["a": "two"], parents: [root], message: "second\n")
        let commit = try repository.commit(child)
        XCTAssertEqual(commit.id, child)
        XCTAssertEqual(commit.parentIDs, [root])
        XCTAssertEqual(commit.message, "second\n")
        XCTAssertEqual(try repository.commit(root).parentIDs, [])
        XCTAssertEqual(try repository.commit(root).message, "first\n\nbody\n")
        let author = try commit.author()
        XCTAssertEqual(author.name, "Test Author")
        XCTAssertEqual(author.email, "test@example.org")
        XCTAssertLessThan(abs(author.date.timeIntervalSinceNow), 60)
        XCTAssertEqual(try repository.tree(commit.treeID).entries.map(\.name), ["a"])
    }

    func testWrittenObjectsPassGitFsckStrict() throws {
        let root = try makeCommit(in: repository, files: ["a": "one", "b.txt": "two"], parents: [])
        try repository.createReference("refs/heads/main", target: root, logMessage: "test")
        let fsck = try runGit(["fsck", "--strict"], in: directory)
        XCTAssertEqual(fsck.status, 0, fsck.output)
    }

    func testSignatureRejectsAnEmptyName() {
        XCTAssertThrowsError(try Signature.now(name: "", email: "a@b")) { error in
            XCTAssertFalse((error as? GitError)?.message.isEmpty ?? true)
        }
    }

    func testOIDParsesItsOwnHexAndRejectsShortHex() throws {
        let id = try repository.createBlob(Data("x".utf8))
        XCTAssertEqual(try OID(hex: id.hex), id)
        XCTAssertThrowsError(try OID(hex: String(id.hex.prefix(10))))
        XCTAssertThrowsError(try OID(hex: String(repeating: "z", count: 40)))
    }
}
