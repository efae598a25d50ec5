import Foundation
import TestSupport
import XCTest

/// Seeded damage to the files of the store: refs, HEAD, config, packed-refs and objects, each
/// flipped, truncated, emptied or followed by garbage. Whatever the damage, every command exits
/// 0, 1 or 2 (never a crash or a hang), an error is one line, `log` never succeeds with a version
/// left out, and a commit that fails leaves the store as it found it.
final class StoreCorruptionTests: FaultWorkspace {
    static let cases = 24

    enum Damage: CaseIterable {
        case flip, truncate, empty, garbage
    }

    func testSeededDamageIsReportedNeverCrashesAndNeverHidesAVersion() throws {
        try disableCheckers()
        try commit("2020", text: "2020年度报告。\n一般公共预算财政拨款支出100万元。\n")
        try commit("2021", text: "2021年度报告。\n一般公共预算财政拨款支出120万元。\n")
        try commit("2021", text: "2021年度报告（修订）。\n一般公共预算财政拨款支出121万元。\n")
        // Half the refs packed, so packed-refs is there to damage and both ways of storing a ref are read.
        XCTAssertEqual(try git(["pack-refs", "--all", "--no-prune"]).status, 0)
        try FileManager.default.removeItem(at: store.appendingPathComponent("refs/heads/2020"))
        let pristine = root.appendingPathComponent("pristine.git")
        try FileManager.default.copyItem(at: store, to: pristine)
        let next = try writeFile(Data("2021年度报告（再修订）。\n".utf8), named: "next.txt", in: root)
        for index in 0..<Self.cases {
            try FileManager.default.removeItem(at: store)
            try FileManager.default.copyItem(at: pristine, to: store)
            let (file, damage) = try damageOneFile()
            let context = "case \(index): \(damage) \(file) \(replay)"
            for command in [["log"], ["show", "2021", "--json"], ["diff", "2020", "2021"], ["findings", "2021"]] {
                let result = try audit(command)
                assertOrderly(result, "\(command) after \(context)")
                // Damage to packed-refs can leave a valid file that names fewer refs (emptied, cut at a
                // line, a name changed): as far as anyone can tell, a version deleted, not hidden.
                if command == ["log"], result.status == 0, file != "packed-refs" {
                    XCTAssertTrue(result.output.contains("2020 ") && result.output.contains("2021 "), "log hid a version after \(context): \(result.output)")
                }
            }
            let before = try snapshot(of: store)
            let commit = try audit(["commit", "2021", next.path])
            assertOrderly(commit, "commit after \(context)")
            if commit.status == 2 {
                XCTAssertEqual(try snapshot(of: store), before, "a failed commit wrote into the store after \(context): \(commit.stderr)")
            }
        }
    }

    private func assertOrderly(_ result: AuditResult, _ context: String) {
        XCTAssertTrue([0, 1, 2].contains(result.status), "exit \(result.status) \(context): \(result.stderr)")
        if result.status == 2 {
            XCTAssertEqual(result.stderrLines.count, 1, "\(context): \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("audit: "), "\(context): \(result.stderr)")
        }
    }

    /// Damages one file the store reads, chosen by the seed; returns which and how.
    private func damageOneFile() throws -> (String, Damage) {
        let candidates = try storeFiles().sorted()
        let file = candidates[Int(random.next() % UInt64(candidates.count))]
        let damage = Damage.allCases[Int(random.next() % UInt64(Damage.allCases.count))]
        let url = store.appendingPathComponent(file)
        var bytes = [UInt8](try Data(contentsOf: url))
        switch damage {
        case .flip where !bytes.isEmpty:
            bytes[Int(random.next() % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: random.next() % 255 + 1)
        case .truncate where !bytes.isEmpty:
            bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count))))
        case .garbage, .flip, .truncate:
            bytes += (0..<(1 + random.next() % 16)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        case .empty:
            bytes = []
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
        try Data(bytes).write(to: url)
        return (file, damage)
    }

    /// HEAD, config, packed-refs, the loose refs and the objects: what reading a version touches.
    private func storeFiles() throws -> [String] {
        var files = ["HEAD", "config", "packed-refs"]
        for folder in ["refs/heads", "objects"] {
            let base = store.appendingPathComponent(folder)
            guard let walk = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walk where (try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files.append(folder + String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count)))
            }
        }
        return files
    }
}
