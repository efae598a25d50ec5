import AuditStore
import Foundation
import ReportModel
import StoredReports
import TestSupport
import XCTest

/// The model cache (`cache/<text blob id>/model.bin`) is a plain file anyone can overwrite:
/// whatever is put there, commands answer from the stored text, say once that they ignored
/// the file, and never answer for a text the store no longer holds.
final class CacheFaultTests: FaultWorkspace {
    static let flips = 150

    override func setUpWithError() throws {
        try super.setUpWithError()
        try disableCheckers()
        try commit("2020", text: String(contentsOf: packageRoot.appendingPathComponent("reports/shanwei-zsj/2020.txt"), encoding: .utf8))
        try commit("2021", text: sampleText)
    }

    /// `audit commit` returns before the model is encoded (the detached recorder caches it with
    /// the findings, issue 19); what it caches is still the archive of the stored text's parse.
    func testTheCachedModelIsTheArchiveOfTheTextsParse() throws {
        let archive = ReportArchive.encode(ReportParser.parse(try sampleText))
        // Sealed in its envelope (a header and a checksum around the archive).
        XCTAssertNotNil(try Data(contentsOf: modelFile("2021")).range(of: archive))
    }

    func testAnotherRevisionsModelCopiedOverIsIgnored() throws {
        let expected = try answers(["diff", "2020", "2021"])
        try FileManager.default.removeItem(at: modelFile("2021"))
        try FileManager.default.copyItem(at: modelFile("2020"), to: modelFile("2021"))
        // The pair's diff cached at commit would answer without reading either model.
        try? FileManager.default.removeItem(at: workspace.appendingPathComponent("cache/diffs"))
        let diff = try audit(["diff", "2020", "2021"])
        XCTAssertEqual(diff.output, expected.output, "a copied model must not make the versions look equal")
        XCTAssertEqual(diff.stderrLines.count, 1, diff.stderr)
        XCTAssertTrue(diff.stderr.hasPrefix("audit: warning: ignored cache/\(try textBlob("2021"))/model.bin of 2021@1"), diff.stderr)
        XCTAssertEqual(try audit(["diff", "2020", "2021"]).stderr, "", "the ignored file is gone: one warning, not one per command")
    }

    func testAnEditedFigureInTheModelIsNeverQuoted() throws {
        try enableCheckers()
        let expected = try answers(["check", "2021", "--format", "json", "--fail-on", "never"])
        // 87.70 is quoted by a finding of the sample; 97.70 is nowhere in its text.
        XCTAssertFalse(try sampleText.contains("97.70"))
        var bytes = [UInt8](try Data(contentsOf: modelFile("2021")))
        let printed = Array("87.70".utf8)
        let at = try XCTUnwrap((0...(bytes.count - printed.count)).first { bytes[$0..<($0 + printed.count)].elementsEqual(printed) })
        bytes[at] = UInt8(ascii: "9")
        try Data(bytes).write(to: modelFile("2021"))
        let check = try audit(["check", "2021", "--format", "json", "--fail-on", "never"])
        XCTAssertFalse(check.output.contains("97.70"), "a figure from an edited cache was quoted")
        XCTAssertEqual(try findings(check), try findings(expected))
        XCTAssertEqual(check.stderrLines.count, 1, check.stderr)
    }

    /// Every single-byte change anywhere in the file, header and checksum included, is caught.
    func testEverySingleByteFlipIsDetected() throws {
        let opened = try Workspace.open(at: workspace)
        var warnings: [String] = []
        opened.warn = { warnings.append($0.en) }
        let revision = try opened.resolve("2021")
        let model = try modelFile("2021")
        let pristine = [UInt8](try Data(contentsOf: model))
        for flip in 0..<Self.flips {
            var damaged = pristine
            let at = Int(random.next() % UInt64(damaged.count))
            damaged[at] ^= UInt8(truncatingIfNeeded: random.next() % 255 + 1)
            try Data(damaged).write(to: model)
            XCTAssertNil(try opened.derivedFile(named: ModelFile.name, of: revision), "flip \(flip) at byte \(at) not detected \(replay)")
            XCTAssertEqual(warnings.count, flip + 1, "flip \(flip) at byte \(at) not reported \(replay)")
        }
        try Data(pristine).write(to: model)
        XCTAssertEqual(try opened.report(of: revision, reading: .standard), ReportParser.parse(try sampleText))
        XCTAssertEqual(warnings.count, Self.flips)
    }

    func testAMissingTextBlobIsAnErrorNamingItNeverAnAnswerFromTheCache() throws {
        let blob = try textBlob("2021")
        XCTAssertTrue(FileManager.default.fileExists(atPath: try modelFile("2021").path))
        try FileManager.default.removeItem(at: store.appendingPathComponent("objects/\(blob.prefix(2))/\(blob.dropFirst(2))"))
        for command in [["show", "2021", "--json"], ["show", "2021", "--outline"], ["diff", "2020", "2021"], ["check", "2021"]] {
            let result = try audit(command)
            XCTAssertEqual(result.status, 2, "\(command): \(result.output)")
            XCTAssertEqual(result.output, "", "\(command)")
            XCTAssertEqual(result.stderrLines.count, 1, "\(command): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(blob), "\(command): \(result.stderr)")
        }
    }

    /// What `arguments` prints when no model is cached at all: the stored text parsed afresh.
    private func answers(_ arguments: [String]) throws -> AuditResult {
        let cache = workspace.appendingPathComponent("cache")
        let kept = root.appendingPathComponent("cache-kept")
        try FileManager.default.moveItem(at: cache, to: kept)
        defer { try? FileManager.default.removeItem(at: cache); try? FileManager.default.moveItem(at: kept, to: cache) }
        let result = try audit(arguments)
        XCTAssertEqual(result.stderr, "")
        return result
    }

    /// The findings of `check --format json` as its JSON holds them (the run's timings left out).
    private func findings(_ check: AuditResult) throws -> NSArray {
        let document = try JSONSerialization.jsonObject(with: check.stdout) as? [String: Any]
        return try XCTUnwrap(document?["findings"] as? NSArray)
    }

    private func textBlob(_ version: String) throws -> String {
        try git(["rev-parse", "refs/heads/\(version):text.txt"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func modelFile(_ version: String) throws -> URL {
        workspace.appendingPathComponent("cache/\(try textBlob(version))/\(ModelFile.name)")
    }
}
