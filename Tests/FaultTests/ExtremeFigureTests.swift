import AuditEngine
import FindingsModel
import CheckerKit
import CheckerRegistry
import Foundation
import ReportModel
import TestSupport
import XCTest

/// Figures too small, too large or too precise for `Decimal`, and tables whose rows and
/// header disagree, in the real sample report: the checkers skip what they cannot compute
/// with (a note says so) and still report everything else.
final class ExtremeFigureTests: XCTestCase {
    private static let sample = try! String(contentsOf: sampleReport, encoding: .utf8)
    private static let tiny = "0." + String(repeating: "0", count: 100) + "1"

    private func run(_ text: String) throws -> AuditRun {
        try Engine(checkers: RegisteredCheckers.all).run(CheckContext.detected(ReportParser.parse(text)))
    }

    private func failures(_ run: AuditRun) -> [String] {
        run.findings.filter { $0.ruleID == "engine.plugin-failure" }.map(\.message)
    }

    /// 8,763.77 ÷ (20,864.64 − 8,763.77) = 72.42%: the growth percentage printed as 10⁻¹⁰¹ %
    /// made the tolerance NaN, which JSON could not carry back, and every finding was lost.
    func testTinyPercentageIsNotedAndEverythingElseStillChecked() throws {
        let original = try run(Self.sample)
        var text = Self.sample
        text.replaceSubrange(try XCTUnwrap(text.range(of: "增长 72.42%")), with: "增长 \(Self.tiny)%")
        let mutated = try run(text)
        XCTAssertEqual(failures(mutated), [])
        let notes = mutated.findings.filter { $0.ruleID == CheckedRange.rule.id }
        XCTAssertEqual(notes.map(\.level), [.note])
        XCTAssertEqual(notes.first?.message, "0.000000000000000000…00000001 (103 characters) is beyond exact arithmetic (at most 12 decimals, below 10^20): not checked")
        XCTAssertEqual(mutated.rule(CheckedRange.rule.id)?.defaultLevel, .note)
        // Only the one growth identity is lost; 72.42 held exactly, so no finding goes with it.
        XCTAssertEqual(mutated.identitiesChecked, original.identitiesChecked - 1)
        XCTAssertEqual(Set(mutated.findings.map(\.fingerprint)).subtracting(notes.map(\.fingerprint)), Set(original.findings.map(\.fingerprint)))
    }

    func testHugeAndOverPreciseFiguresNeverKillAChecker() throws {
        for (number, figure) in ReportMutation.oddFigures.enumerated() {
            let text = Self.sample
                .replacingOccurrences(of: "增长 72.42%", with: "增长 \(figure)%")
                .replacingOccurrences(of: "422.81 422.81", with: "\(figure) \(figure)")
                .replacingOccurrences(of: "8,763.77 万元", with: "\(figure) 万元")
            XCTAssertEqual(failures(try run(text)), [], "figure \(figure) (case \(number))")
        }
    }

    func testCheckedRangeBounds() {
        XCTAssertTrue(CheckedRange.contains(Amount(printed: "20,864.64", value: Decimal(string: "20864.64")!, decimals: 2)))
        XCTAssertTrue(CheckedRange.contains(Amount(printed: "0.000000000001", value: Decimal(string: "0.000000000001")!, decimals: 12)))
        XCTAssertFalse(CheckedRange.contains(Amount(printed: "0.0000000000001", value: Decimal(string: "0.0000000000001")!, decimals: 13)))
        XCTAssertFalse(CheckedRange.contains(Amount(printed: "1e20", value: Decimal(sign: .plus, exponent: 20, significand: 1), decimals: 0)))
        XCTAssertFalse(CheckedRange.contains(Decimal.nan))
    }

    /// Found by fuzzing (18 variants in the adversarial run): 表6's header line "科目名称 金额"
    /// with two stray numbers lost the table's column names, and `side.columns[0]` trapped.
    func testTableRowWithMoreCellsThanTheHeaderHasColumns() throws {
        var lines = Self.sample.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines[832], "科目名称 金额 ")
        lines[832] += " 1.00 2.00"
        let mutated = try run(lines.joined(separator: "\n"))
        XCTAssertEqual(failures(mutated), [])
        let checked = try XCTUnwrap(mutated.checkers.first { $0.id == "total-reconciliation" })
        XCTAssertGreaterThan(checked.identitiesChecked, 500)
    }

    func testRowsWiderThanTheirHeaderAnywhereInTheTables() throws {
        let lines = Self.sample.split(separator: "\n", omittingEmptySubsequences: false)
        for number in 0..<12 {
            var random = FaultSeed.generator(case: 40_000 + number)
            var copy = lines
            for _ in 0..<3 {
                let at = 150 + random.below(900)
                copy[at] += random.below(2) == 0 ? " 1.00 2.00" : ""
                if random.below(3) == 0 { copy[at] = "" }
            }
            XCTAssertEqual(failures(try run(copy.joined(separator: "\n"))), [], FaultSeed.describe(case: 40_000 + number))
        }
    }
}
