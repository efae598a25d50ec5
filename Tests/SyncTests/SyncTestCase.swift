import Foundation
import TestSupport
import XCTest

/// Two reviewers' workspaces and a bare remote, all in one scratch directory; git is the judge.
class SyncTestCase: XCTestCase {
    var root: URL!
    var remote: URL { root.appendingPathComponent("remote.git") }
    let ann = "Ann Li <ann@example.org>"
    let bob = "Bob Wu <bob@example.org>"

    override func setUpWithError() throws {
        root = try makeTemporaryDirectory(for: self)
        XCTAssertEqual(try runGit(["init", "--quiet", "--bare", remote.path], in: root).status, 0)
    }

    func workspace(_ name: String) -> URL {
        root.appendingPathComponent(name)
    }

    func store(_ name: String) -> URL {
        name == "remote" ? remote : workspace(name).appendingPathComponent("store.git")
    }

    /// `audit <arguments> --workspace <name>` as `author`.
    @discardableResult
    func audit(_ name: String, _ arguments: [String], as author: String, expect status: Int32? = 0, line: UInt = #line) throws -> AuditResult {
        let result = try AuditBinary.run(arguments + ["--workspace", workspace(name).path], environment: ["AUDIT_AUTHOR": author], in: root, scratch: root)
        if let status { XCTAssertEqual(result.status, status, "audit \(arguments): \(result.stderr)\(result.output)", line: line) }
        return result
    }

    /// A small report whose every paragraph prints a wrong growth rate: one error each, so
    /// there are findings to triage. `variant` changes the last paragraph's figures.
    func report(_ name: String, paragraphs: Int = 4, variant: Int = 0) throws -> URL {
        var text = "一、部门基本情况\n\n"
        for index in 0..<paragraphs {
            let income = 100 + index + (index == paragraphs - 1 ? variant * 7 : 0)
            text += "第\(index + 1)项收入合计 \(income).00 万元，比上年增加 10.00 万元，增长 \(20 + index).00%。\n\n"
        }
        return try writeFile(Data(text.utf8), named: name, in: root)
    }

    /// The finding ids `audit check` prints for `ref`, in order.
    func findingIDs(_ name: String, _ ref: String) throws -> [String] {
        let output = try audit(name, ["check", ref, "--fail-on", "never"], as: ann).output
        let pattern = try NSRegularExpression(pattern: #"^\s+(?:error|warning|note)\s+([0-9a-f]{10})\b"#, options: .anchorsMatchLines)
        return pattern.matches(in: output, range: NSRange(output.startIndex..., in: output)).compactMap {
            Range($0.range(at: 1), in: output).map { String(output[$0]) }
        }
    }

    /// Every ref of a store with the commit it names.
    func references(_ name: String) throws -> [String: String] {
        let listing = try runGit(["for-each-ref", "--format=%(refname) %(objectname)"], in: store(name))
        XCTAssertEqual(listing.status, 0, listing.output)
        return Dictionary(uniqueKeysWithValues: listing.output.split(separator: "\n").map {
            let parts = $0.split(separator: " ")
            return (String(parts[0]), String(parts[1]))
        })
    }

    /// The refs that travel (versions, findings, triage), without the staged copies of remotes.
    func travelling(_ name: String) throws -> [String: String] {
        try references(name).filter { !$0.key.hasPrefix("refs/audit/remotes/") }
    }

    func revisionCount(_ name: String, _ version: String) throws -> Int {
        let count = try runGit(["rev-list", "--count", "--first-parent", "refs/heads/\(version)"], in: store(name))
        XCTAssertEqual(count.status, 0, count.output)
        return Int(count.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Decision commits on the triage ref (merge commits joining two trails left out).
    func decisionCount(_ name: String) throws -> Int {
        let count = try runGit(["rev-list", "--count", "--no-merges", "refs/audit/triage"], in: store(name))
        XCTAssertEqual(count.status, 0, count.output)
        return Int(count.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// The current decisions by fingerprint, as `triage.json` at the ledger's tip holds them.
    func currentDecisions(_ name: String) throws -> [String: [String: Any]] {
        let json = try runGit(["show", "refs/audit/triage:triage.json"], in: store(name))
        XCTAssertEqual(json.status, 0, json.output)
        return try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: [String: Any]] ?? [:]
    }

    func assertFsckClean(_ names: [String], line: UInt = #line) throws {
        for name in names {
            let fsck = try runGit(["fsck", "--strict", "--no-dangling"], in: store(name))
            XCTAssertEqual(fsck.status, 0, "\(name): \(fsck.output)", line: line)
        }
    }

    func isAncestor(_ ancestor: String, of commit: String, in name: String) throws -> Bool {
        try runGit(["merge-base", "--is-ancestor", ancestor, commit], in: store(name)).status == 0
    }
}
