import CheckerKit
import XCTest

final class WithinReportTests: XCTestCase {
    private typealias Crafted = CraftedReports

    func testAParagraphCopiedIntoAnotherSectionIsOneWarningWithBothPlaces() throws {
        let text = Crafted.report([
            ("政务服务中心建设项目", [Crafted.evaluation]),
            ("一体化监管平台项目", [Crafted.monitoring]),
            ("政务外网升级项目", [Crafted.network, Crafted.evaluation]),
        ])
        let warnings = try Checking.findings(text).filter { $0.level == .warning }
        XCTAssertEqual(warnings.count, 1)
        let warning = try XCTUnwrap(warnings.first)
        XCTAssertEqual(warning.ruleID, "duplicate-narrative.copied-passage")
        XCTAssertTrue(warning.locations[0].logical.hasPrefix("（三）政务外网升级项目"), warning.locations[0].logical)
        XCTAssertTrue(warning.relatedLocations[0].logical.hasPrefix("（一）政务服务中心建设项目"), warning.relatedLocations[0].logical)
        XCTAssertTrue(warning.message.contains("2 sentences"), warning.message)
        XCTAssertTrue(warning.message.contains("identical"), warning.message)
    }

    func testACopyEditedByAFewCharactersIsFoundWithItsDifferences() throws {
        let edited = Crafted.evaluation
            .replacingOccurrences(of: "127748", with: "123788")
            .replacingOccurrences(of: "持续", with: "")
            .replacingOccurrences(of: "市民服务中心", with: "市民服务广场")
        let text = Crafted.report([("政务服务中心建设项目", [Crafted.evaluation]), ("部门整体支出", [Crafted.network, edited])])
        let warning = try XCTUnwrap(try Checking.findings(text).first { $0.level == .warning })
        XCTAssertTrue(warning.message.contains("differs in 3 places"), warning.message)
        XCTAssertTrue(warning.message.contains("«中心» → «广场»"), warning.message)
        XCTAssertTrue(warning.message.contains("«持续» dropped"), warning.message)
        XCTAssertTrue(warning.message.contains("«127748» → «123788»"), warning.message)
    }

    func testBoilerplateIsOneNoteListingWhereItRecurs() throws {
        let text = Crafted.report([
            ("政务服务中心建设项目", [Crafted.formula, Crafted.evaluation]),
            ("一体化监管平台项目", [Crafted.formula, Crafted.monitoring]),
            ("政务外网升级项目", [Crafted.formula, Crafted.network]),
        ])
        let findings = try Checking.findings(text)
        XCTAssertEqual(findings.count, 1, "\(findings.map(\.message))")
        let note = try XCTUnwrap(findings.first)
        XCTAssertEqual(note.level, .note)
        XCTAssertEqual(note.ruleID, "duplicate-narrative.repeated-formula")
        XCTAssertTrue(note.message.contains("recurs in 3 places"), note.message)
        XCTAssertEqual(note.relatedLocations.count, 2)
    }

    func testDistinctParagraphsProduceNothing() throws {
        let text = Crafted.report([("政务服务中心建设项目", [Crafted.evaluation]), ("一体化监管平台项目", [Crafted.monitoring, Crafted.network])])
        XCTAssertEqual(try Checking.findings(text).map(\.message), [])
    }
}
