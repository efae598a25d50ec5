import AuditEngine
import CheckerKit
import CheckerRegistry
import Foundation
import ReportModel
import TestSupport
import XCTest

/// Moving identities from Swift into pack data changes no finding: every checker's findings on
/// the seed and the three Shanghai PDFs, with the detected pack, are exactly the ones recorded
/// in Tests/Fixtures/findings/ before the move (messages, levels, locations, fingerprints,
/// identities checked per checker). Recorded on cce2fd2 with `AUDIT_RECORD_FINDINGS=1`.
final class FindingsUnchangedTests: XCTestCase {
    private struct Recorded: Codable, Equatable {
        var identitiesChecked: [String: Int]
        var findings: [Finding]
    }

    private func recorded(_ report: Report) throws -> Recorded {
        let run = try Engine(checkers: RegisteredCheckers.all).run(try .detected(report))
        let identities = Dictionary(run.checkers.map { ($0.id, $0.identitiesChecked) }) { first, _ in first }
        // The recording predates the findings' Chinese wording (issue 18), which it therefore
        // lacks; the English is compared here, the Chinese by CheckerTranslationTests (messages)
        // and LocationNoteTranslationTests (the places' notes).
        let english = run.findings.map { finding in
            var english = finding
            english.messageZh = nil
            english.locations = finding.locations.map(Self.english)
            english.relatedLocations = finding.relatedLocations.map(Self.english)
            return english
        }
        return Recorded(identitiesChecked: identities, findings: english)
    }

    private static func english(_ location: FindingLocation) -> FindingLocation {
        var english = location
        english.noteZh = nil
        return english
    }

    func testFindingsOnTheFourReportsAreTheRecordedOnes() throws {
        var reports = [("shanwei-zsj-2021", try String(contentsOf: sampleReport, encoding: .utf8))]
        for stem in ShanghaiReports.stems { reports.append((stem, try ShanghaiReports.text(of: stem))) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for (name, text) in reports {
            let file = packageRoot.appendingPathComponent("Tests/Fixtures/findings/\(name).json")
            let now = try recorded(ReportParser.parse(text))
            if ProcessInfo.processInfo.environment["AUDIT_RECORD_FINDINGS"] == "1" {
                try encoder.encode(now).write(to: file)
                continue
            }
            let before = try JSONDecoder().decode(Recorded.self, from: Data(contentsOf: file))
            XCTAssertEqual(now.identitiesChecked, before.identitiesChecked, name)
            XCTAssertEqual(now.findings.count, before.findings.count, name)
            for (new, old) in zip(now.findings, before.findings) where new != old {
                XCTFail("\(name): \(old.fingerprint) \(old.message) became \(new.fingerprint) \(new.message)")
            }
        }
    }
}
