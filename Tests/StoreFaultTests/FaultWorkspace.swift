import Foundation
import TestSupport
import XCTest

/// A workspace driven through the built `audit` binary and judged by the git CLI. Random
/// choices come from `seed`, which failure messages name: `AUDIT_FAULT_SEED=<seed> swift test
/// --filter StoreFaultTests` replays them.
class FaultWorkspace: WorkspaceTestCase {
    static let seedVariable = "AUDIT_FAULT_SEED"

    private(set) var seed: UInt64 = 0
    var random = SeededRandom(seed: 0)

    /// Appended to assertion messages, so a failure says how to replay it.
    var replay: String { "(\(Self.seedVariable)=\(seed))" }

    override func setUpWithError() throws {
        try super.setUpWithError()
        seed = ProcessInfo.processInfo.environment[Self.seedVariable].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64(UInt32.max))
        random = SeededRandom(seed: seed)
    }

    func git(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try runGit(arguments, in: store)
    }

    /// Writes `text` to a file of its own and commits it as `version`; asserts success.
    @discardableResult
    func commit(_ version: String, text: String, line: UInt = #line) throws -> String {
        try commit(version, writeFile(Data(text.utf8), named: "\(UUID().uuidString).txt", in: root), line: line)
    }

    /// An `audit.yml` that turns every checker off, so commits store without checking: for
    /// faults of the store and cache, where findings are beside the point and checking is the cost.
    func disableCheckers() throws {
        let off = ["total-reconciliation", "inconsistent-figures", "duplicate-narrative", "prior-year-claims"]
            .map { "  \($0):\n    enabled: false\n" }.joined()
        try Data(("checkers:\n" + off).utf8).write(to: workspace.appendingPathComponent("audit.yml"))
    }

    func enableCheckers() throws {
        try FileManager.default.removeItem(at: workspace.appendingPathComponent("audit.yml"))
    }

    var sampleText: String {
        get throws { try String(contentsOf: sampleReport, encoding: .utf8) }
    }

    /// The short ids of the distinct findings recorded for `ref`, in the order listed.
    func findingIDs(_ ref: String) throws -> [String] {
        let result = try audit(["findings", ref, "--format", "sarif"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let log = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        var seen: Set<String> = []
        return results.compactMap { result in
            let fingerprint = (result["partialFingerprints"] as? [String: String])?.values.first ?? ""
            let id = String(fingerprint.prefix(10))
            return seen.insert(id).inserted ? id : nil
        }
    }

    /// Commits the sample as 2021, with the checkers on, and returns the ids of at least
    /// `count` of its findings.
    func sampleFindings(atLeast count: Int) throws -> [String] {
        try commit("2021", text: sampleText)
        let ids = try findingIDs("2021")
        XCTAssertGreaterThanOrEqual(ids.count, count)
        return ids
    }

    /// The reason of each decision in the tip's triage.json, by short finding id, read by git.
    func ledgerReasons() throws -> [String: String] {
        let ledger = try git(["show", "refs/audit/triage:triage.json"])
        XCTAssertEqual(ledger.status, 0, "\(ledger.output) \(replay)")
        let decisions = (try JSONSerialization.jsonObject(with: Data(ledger.output.utf8)) as? [String: [String: Any]]) ?? [:]
        return Dictionary(uniqueKeysWithValues: decisions.map { (String($0.key.prefix(10)), $0.value["reason"] as? String ?? "") })
    }

    /// `git fsck --strict` over the store: the independent judge that nothing half-written is left.
    func assertStoreIsSound(line: UInt = #line) throws {
        let fsck = try git(["fsck", "--strict", "--no-dangling"])
        XCTAssertEqual(fsck.status, 0, "git fsck: \(fsck.output) \(replay)", line: line)
    }
}

/// xorshift64*: a small seeded generator, so a failing case can be replayed from its seed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed
    }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}
