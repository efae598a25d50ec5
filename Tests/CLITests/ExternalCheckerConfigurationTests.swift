import Foundation
import TestSupport
import XCTest

/// Mistakes in the `external-checkers` section of `audit.yml`: one line, exit 2, nothing stored.
final class ExternalCheckerConfigurationTests: ExternalCheckerTestCase {
    private func refusal(_ section: String, line: UInt = #line) throws -> String {
        try writeConfiguration("external-checkers:\n" + section)
        let result = try audit(["commit", "2021", sampleReport.path])
        XCTAssertEqual(result.status, 2, line: line)
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr, line: line)
        XCTAssertEqual(result.output, "", line: line)
        XCTAssertEqual(try revisionCount("2021"), 0, "nothing is stored", line: line)
        let check = try audit(["plugins"])
        XCTAssertEqual(check.status, 2, line: line)
        XCTAssertEqual(check.stderr, result.stderr, line: line)
        return result.stderr
    }

    func testMissingCommand() throws {
        XCTAssertEqual(try refusal("  mine:\n    version: \"1\"\n"), "audit: audit.yml:3: external-checkers.mine: missing 'command'\n")
    }

    func testCommandNotAList() throws {
        XCTAssertEqual(
            try refusal("  mine:\n    command: python3 checks/mine.py\n    version: \"1\"\n"),
            "audit: audit.yml:3: external-checkers.mine.command: expected a list like [python3, checks/my_check.py], got 'python3 checks/mine.py'\n"
        )
    }

    func testUnknownKey() throws {
        XCTAssertEqual(
            try refusal("  mine:\n    command: [python3, checks/mine.py]\n    version: \"1\"\n    timeout: 5\n"),
            "audit: audit.yml:5: external-checkers.mine: unknown key 'timeout' (known: command, version, summary, enabled, level, timeout-seconds, memory-megabytes)\n"
        )
    }

    func testIdOfABuiltInChecker() throws {
        XCTAssertEqual(
            try refusal("  total-reconciliation:\n    command: [python3, checks/mine.py]\n    version: \"1\"\n"),
            "audit: audit.yml:2: external-checkers: 'total-reconciliation' is the id of a built-in checker; choose another\n"
        )
    }

    func testIdGivenTwice() throws {
        let section = "  mine:\n    command: [a]\n    version: \"1\"\n  mine:\n    command: [b]\n    version: \"1\"\n"
        XCTAssertEqual(try refusal(section), "audit: audit.yml:5: external-checkers: duplicate key 'mine' (first on line 2)\n")
    }

    func testEmptyCommandAndWrongTypes() throws {
        XCTAssertEqual(
            try refusal("  mine:\n    command: []\n    version: \"1\"\n"),
            "audit: audit.yml:3: external-checkers.mine.command: expected a list like [python3, checks/my_check.py], got an empty list\n"
        )
        XCTAssertEqual(
            try refusal("  mine:\n    command: [python3]\n    version: \"1\"\n    timeout-seconds: soon\n"),
            "audit: audit.yml:5: external-checkers.mine.timeout-seconds: expected a positive integer, got 'soon'\n"
        )
    }
}
