import CheckerKit
import DuplicateNarrative
import XCTest

final class CorpusSearchTests: XCTestCase {
    private static let glossary = "财政拨款收入：指财政当年拨付的资金。包括一般公共预算财政拨款和政府性基金预算财政拨款。"

    /// 200 reports of unrelated paragraphs, all ending with the same glossary entry; one
    /// paragraph planted in report 17 and, with three characters changed, in report 154.
    func testAPlantedParagraphIsFoundAmong200Reports() throws {
        var generator = GeneratedCorpus(seed: 42)
        let planted = generator.paragraph(length: 180)
        var edited = Array(planted.unicodeScalars)
        for position in [20, 90, 150] { edited[position] = "改" }
        let documents = (0..<200).map { number -> CorpusDocument in
            var paragraphs = (0..<6).map { _ in generator.paragraph(length: 80 + Int(generator.next() % 160)) }
            if number == 17 { paragraphs.insert(planted, at: 3) }
            if number == 154 { paragraphs.insert(String(String.UnicodeScalarView(edited)), at: 1) }
            return CorpusDocument(name: String(format: "report-%03d", number), report: GeneratedCorpus.report(paragraphs + [Self.glossary]))
        }
        let findings = try CorpusSearch(configuration: CheckerConfiguration(defaults: DuplicateNarrative.description.options)).findings(documents)

        let shared = findings.filter { $0.level == .warning }
        XCTAssertEqual(shared.count, 1, "\(shared.map(\.message))")
        XCTAssertEqual(shared.first?.ruleID, "duplicate-narrative.shared-across-reports")
        XCTAssertEqual(shared.first.map { ($0.locations + $0.relatedLocations).map(\.logical) }, ["report-017:11", "report-154:7"])
        let standard = findings.filter { $0.level == .note }
        XCTAssertEqual(standard.count, 1, "\(standard.map(\.message))")
        XCTAssertTrue(standard.first?.message.contains("appears in 200 reports") == true)
    }
}
