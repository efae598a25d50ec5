import AuditEngine
import CheckerKit
import CheckerRegistry
import Foundation
import ReportModel
import TestSupport
import XCTest

/// The rest of what a checker says, in both languages: its option descriptions (`audit
/// plugins`), the notes of the places a finding points to (the review page's "← later copy"),
/// and the four table identities of total reconciliation that neither the examples nor the
/// seed reach (CheckerTranslationTests.unreached), reached here on the Shanghai reports.
final class LocationNoteTranslationTests: XCTestCase {
    func testEveryOptionIsDescribedInBothLanguages() {
        var options = 0
        for checker in RegisteredCheckers.all {
            for option in checker.description.options {
                XCTAssertTrue(
                    CheckerTranslationTests.isTranslated(option.meaning, option.meaningZh),
                    "\(checker.description.id).\(option.key): no Chinese for “\(option.meaning)” (got “\(option.meaningZh ?? "nil")”)"
                )
                options += 1
            }
        }
        XCTAssertGreaterThan(options, 10)
    }

    /// A note with Latin letters in it ("later copy", "whole 12.00") has a Chinese wording with
    /// more CJK than the English; a note of figures alone ("12.00", "占 35.5%") needs none.
    func testEveryLocationNoteHasChinese() throws {
        var noted = 0
        for finding in try allFindings() {
            for location in finding.locations + finding.relatedLocations {
                guard let note = location.note, note.contains(where: { $0.isASCII && $0.isLetter }) else { continue }
                XCTAssertTrue(
                    CheckerTranslationTests.isTranslated(note, location.noteZh),
                    "\(finding.ruleID) at \(location.logical): no Chinese for the note “\(note)” (got “\(location.noteZh ?? "nil")”)"
                )
                noted += 1
            }
        }
        XCTAssertGreaterThan(noted, 5)
    }

    func testTheFourTableIdentitiesSpeakChinese() throws {
        let findings = try shanghaiFindings()
        for rule in Self.tableIdentities {
            let reached = findings.filter { $0.ruleID == rule }
            XCTAssertFalse(reached.isEmpty, "\(rule) not reached")
            for finding in reached {
                XCTAssertTrue(
                    CheckerTranslationTests.isTranslated(finding.message, finding.messageZh),
                    "\(rule): no Chinese for “\(finding.message)” (got “\(finding.messageZh ?? "nil")”)"
                )
            }
        }
    }

    private static let tableIdentities = [
        "total-reconciliation.total-row", "total-reconciliation.row-sum",
        "total-reconciliation.summary-table", "total-reconciliation.cross-table",
    ]

    /// The Shanghai reports as printed (rounding notes of total rows and cross-table
    /// identities), and with the figures ShanghaiReconciliationTests change: 行政运行's project
    /// expenditure 8.37 printed 8.47 (two row sums broken), and 收入支出决算总表's 总计 2,995.39
    /// printed 2,995.49 on both sides: each 总计 then differs from its side's 本年合计 + carry-overs
    /// (2,995.39) by 0.10, and neither side names a single figure to repair.
    private func shanghaiFindings() throws -> [Finding] {
        let caizhengju = try ShanghaiReports.text(of: "caizhengju-2024")
        var texts = try ShanghaiReports.stems.map { try ShanghaiReports.text(of: $0) }
        texts.append(caizhengju.replacingOccurrences(of: "8.37", with: "8.47"))
        texts.append(caizhengju.replacingOccurrences(of: "2,995.39", with: "2,995.49"))
        return try texts.flatMap { text in
            try Engine(checkers: RegisteredCheckers.all).run(CheckContext.detected(ReportParser.parse(text))).findings
        }
    }

    /// The examples, the seed against its previous year, the two as a corpus, and the Shanghai reports.
    private func allFindings() throws -> [Finding] {
        var findings: [Finding] = []
        for checker in RegisteredCheckers.all {
            for example in checker.description.triggeringExamples {
                let context = try CheckContext.detected(ReportParser.parse(example.text), previous: example.previous.map(ReportParser.parse))
                findings += try Engine(checkers: [checker]).run(context, only: [checker.description.id]).findings
            }
        }
        let current = try ReportParser.parse(String(contentsOf: Fixtures.sampleReport, encoding: .utf8))
        let previous = try ReportParser.parse(String(contentsOf: Fixtures.sampleReport.deletingLastPathComponent().appendingPathComponent("2020.txt"), encoding: .utf8))
        findings += try Engine(checkers: RegisteredCheckers.all).run(CheckContext.detected(current, previous: previous)).findings
        findings += try Engine(checkers: RegisteredCheckers.all).run(corpus: [
            CorpusDocument(name: "2020", report: previous), CorpusDocument(name: "2021", report: current),
        ]).findings
        return findings + (try shanghaiFindings())
    }
}
