import AuditStore
import Foundation
import ReportModel
import StoredReports
import TestSupport
import XCTest

final class StoredModelTests: XCTestCase {
    private var root: URL!
    private var workspace: Workspace!
    private let otherText = "另一份报告的文字，共有3个段落。 \n"

    override func setUpWithError() throws {
        root = try makeTemporaryDirectory(for: self)
        workspace = try Workspace.initialize(at: root.appendingPathComponent("workspace"))
    }

    func testCommittedModelIsTheParseOfTheText() throws {
        let revision = try commit { [ModelFile.derived(from: ReportParser.parse($0.text))] }
        XCTAssertNotNil(try workspace.derivedFile(named: ModelFile.name, of: revision))
        let text = try String(contentsOf: sampleReport, encoding: .utf8)
        XCTAssertEqual(try workspace.report(of: revision, reading: .standard), ReportParser.parse(text))
    }

    /// A stand-in archive (another text's model) proves the archive, not a parse, is what loads.
    func testTheArchiveIsLoadedNotParsed() throws {
        let other = ReportParser.parse(otherText)
        let revision = try commit { _ in [DerivedFile(name: ModelFile.name, data: ReportArchive.encode(other))] }
        XCTAssertEqual(try workspace.report(of: revision, reading: .standard), other)
    }

    func testWithoutAnArchiveTheTextIsParsed() throws {
        let revision = try commit { _ in [] }
        XCTAssertEqual(try workspace.report(of: revision, reading: .standard).figures.count, SampleCounts.figures)
    }

    func testAnotherParsersArchiveIsIgnored() throws {
        var bytes = [UInt8](ReportArchive.encode(ReportParser.parse(otherText)))
        // The parser version follows the 12-byte magic and the one-byte layout version.
        bytes[13] &+= 2
        let revision = try commit { _ in [DerivedFile(name: ModelFile.name, data: Data(bytes))] }
        XCTAssertEqual(try workspace.report(of: revision, reading: .standard).figures.count, SampleCounts.figures)
    }

    func testADamagedArchiveIsIgnored() throws {
        let revision = try commit { _ in [DerivedFile(name: ModelFile.name, data: Data("audit-model\ngarbage".utf8))] }
        XCTAssertEqual(try workspace.report(of: revision, reading: .standard).figures.count, SampleCounts.figures)
    }

    func testSeveralRevisionsLoadInOrderWhetherArchivedOrParsed() throws {
        let other = ReportParser.parse(otherText)
        let archived = try commit { _ in [DerivedFile(name: ModelFile.name, data: ReportArchive.encode(other))] }
        let file = try writeFile(Data((try String(contentsOf: sampleReport, encoding: .utf8) + "附注。 \n").utf8), named: "next.txt", in: root)
        let parsed = try workspace.commit(version: "2022", file: file, message: nil, author: nil).revision
        let reports = try workspace.reports(of: [parsed, archived, parsed], reading: .standard)
        XCTAssertEqual(reports.map(\.figures.count), [SampleCounts.figures, other.figures.count, SampleCounts.figures])
        XCTAssertEqual(reports[1], other)
        XCTAssertEqual(reports[0].paragraphs.last?.text, "附注。")
    }

    private func commit(deriving: (DecodedText) -> [DerivedFile]) throws -> Revision {
        try workspace.commit(version: "2021", file: sampleReport, message: nil, author: nil, deriving: deriving).revision
    }
}

private enum SampleCounts {
    static let figures = ReportParser.parse(try! String(contentsOf: sampleReport, encoding: .utf8)).figures.count
}
