import AuditEngine
import CheckerRegistry
import Foundation
import Glibc
import TestSupport
import XCTest

/// `audit.yml` as an attacker (or an accident) writes it: nested past the parser's stack,
/// oversized, with keys given twice, of the wrong types, naming what does not exist, or not
/// a file at all. Each is one line naming what is wrong, never a crash, a hang or a dump.
final class HostileConfigurationTests: XCTestCase {
    private let loader = ConfigurationLoader(checkers: RegisteredCheckers.all)
    static var casesRun = 0

    func testNestingPastTheBoundIsAnErrorBeforeParsing() {
        let deep = [
            "checkers: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n",
            "checkers:\n  total-reconciliation:\n    level: " + String(repeating: "{a: ", count: 5_000) + "1" + String(repeating: "}", count: 5_000) + "\n",
            "checkers: " + String(repeating: "- ", count: 20_000) + "x\n",
            (0..<40).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined(),
        ]
        for yaml in deep {
            assertRefused(yaml) { XCTAssertTrue($0.hasSuffix("nested deeper than 32 levels"), $0) }
        }
    }

    func testOrdinaryNestingStillLoads() throws {
        let yaml = "timeout-seconds: 30\ncheckers:\n  total-reconciliation:\n    level: warning   # [not {a bracket\n    narrative: false\n  duplicate-narrative: {enabled: false}\n"
        let configuration = try loader.load(yaml: yaml)
        XCTAssertEqual(configuration.timeoutSeconds, 30)
        XCTAssertEqual(configuration.settings(for: "duplicate-narrative").enabled, false)
    }

    func testOversizedFileIsAnError() {
        let yaml = "timeout-seconds: 5\n" + String(repeating: "# padding\n", count: 7_000)
        assertRefused(yaml) { XCTAssertEqual($0, "audit.yml: 70019 bytes is over the limit of 65536") }
    }

    func testDuplicateKeysAreErrorsNamingTheKeyAndBothLines() {
        assertRefused("timeout-seconds: 5\ntimeout-seconds: 6\n") {
            XCTAssertEqual($0, "audit.yml:2: duplicate key 'timeout-seconds' (first on line 1)")
        }
        assertRefused("checkers:\n  total-reconciliation:\n    level: note\n    narrative: true\n    level: error\n") {
            XCTAssertEqual($0, "audit.yml:5: checkers.total-reconciliation: duplicate key 'level' (first on line 3)")
        }
        assertRefused("checkers:\n  duplicate-narrative: {}\n  duplicate-narrative: {enabled: false}\n") {
            XCTAssertEqual($0, "audit.yml:3: checkers: duplicate key 'duplicate-narrative' (first on line 2)")
        }
    }

    func testWrongTypesAndUnknownNamesAreOneLineErrors() {
        let cases = [
            "timeout-seconds: [1]\n", "timeout-seconds: -1\n", "timeout-seconds: 99999999999999999999999\n", "memory-megabytes: lots\n",
            "checkers: 3\n", "checkers: [total-reconciliation]\n", "checkers:\n  nope: {}\n", "checkers:\n  total-reconciliation:\n    narrative: maybe\n",
            "checkers:\n  total-reconciliation:\n    levle: note\n", "? [a, b]\n: c\n", "&a x: *a\n", "checkers: !!binary aGVsbG8=\n",
            "\u{1B}]0;owned\u{07}: 1\n", "{{{{\n", "key: \"unterminated\n", "\t- x\n",
        ]
        for yaml in cases {
            assertRefused(yaml) { XCTAssertTrue($0.hasPrefix("audit.yml"), $0) }
        }
    }

    func testSeededRandomConfigurationsNeverCrash() {
        let alphabet = Array("checkers:total-reconciliation duplicate-narrative level enabled note error true false 0 60 -[]{},#&*!|>'\"\n  ")
        for number in 0..<300 {
            var random = FaultSeed.generator(case: 20_000 + number)
            let yaml = String((0..<random.below(300)).map { _ in random.pick(alphabet) })
            Self.casesRun += 1
            do {
                _ = try loader.load(yaml: yaml)
            } catch {
                XCTAssertTrue(error is ConfigurationError, "\(FaultSeed.describe(case: 20_000 + number)): \(error)")
                XCTAssertFalse("\(error)".contains("\n"), "\(FaultSeed.describe(case: 20_000 + number)): \(error)")
            }
        }
    }

    func testDirectoryFIFOAndInvalidUTF8AreOneLineErrorsAndAFIFONeverBlocks() throws {
        let directory = try makeTemporaryDirectory(for: self)
        let folder = directory.appendingPathComponent("folder.yml")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        assertFileRefused(folder) { XCTAssertEqual($0, "audit.yml: is a directory, not a regular file") }

        let fifo = directory.appendingPathComponent("fifo.yml")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        let started = Date()
        assertFileRefused(fifo) { XCTAssertEqual($0, "audit.yml: is a FIFO, not a regular file") }
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)

        let binary = try writeFile(Data([0x74, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]), named: "binary.yml", in: directory)
        assertFileRefused(binary) { XCTAssertEqual($0, "audit.yml: not UTF-8 text") }
    }

    private func assertRefused(_ yaml: String, line: UInt = #line, _ check: (String) -> Void) {
        Self.casesRun += 1
        XCTAssertThrowsError(try loader.load(yaml: yaml), line: line) { error in
            XCTAssertTrue(error is ConfigurationError, "\(error)", line: line)
            check("\(error)")
        }
    }

    private func assertFileRefused(_ file: URL, line: UInt = #line, _ check: (String) -> Void) {
        Self.casesRun += 1
        XCTAssertThrowsError(try loader.load(contentsOf: file), line: line) { error in
            XCTAssertTrue(error is ConfigurationError, "\(error)", line: line)
            check("\(error)")
        }
    }
}
