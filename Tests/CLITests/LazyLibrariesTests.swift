import Foundation
import TestSupport
import XCTest

/// libgit2, libxlsxwriter, poppler-glib and cairo are loaded when first used, not at start
/// (issue 19): a command that reads no store loads none, one that opens the store loads libgit2,
/// an XLSX working paper libxlsxwriter, a PDF poppler-glib, a drawing cairo. Judged by the dynamic loader's own trace (`LD_DEBUG=files` names every object
/// it maps), not by anything audit says about itself.
final class LazyLibrariesTests: WorkspaceTestCase {
    func testOnlyTheCommandsThatUseALibraryLoadIt() throws {
        try commit("2021", sampleReport)
        let trace = ["LD_DEBUG": "files"]
        let version = try AuditBinary.run(["--version"], environment: trace, in: root, scratch: root)
        let plugins = try audit(["plugins"], environment: trace)
        let log = try audit(["log"], environment: trace)
        let workingPaper = try audit(["findings", "2021", "--format", "xlsx", "-o", root.appendingPathComponent("f.xlsx").path], environment: trace)
        for result in [version, plugins, log, workingPaper] { XCTAssertEqual(result.status, 0, result.stderr) }

        XCTAssertFalse(Self.loads("libgit2", version), version.stderr)
        XCTAssertFalse(Self.loads("libxlsxwriter", version), version.stderr)
        XCTAssertFalse(Self.loads("libgit2", plugins), plugins.stderr)
        XCTAssertTrue(Self.loads("libgit2", log), log.stderr)
        XCTAssertFalse(Self.loads("libxlsxwriter", log), log.stderr)
        XCTAssertTrue(Self.loads("libxlsxwriter", workingPaper), workingPaper.stderr)
    }

    /// poppler-glib and cairo too: `log` maps neither, a PDF commit maps poppler-glib and cairo
    /// only as poppler-glib's dependency (libpoppler-glib.so.8 needs libcairo.so.2, so a process
    /// reading a PDF maps it whoever draws), and the marked-up PDF maps cairo.
    func testOnlyTheCommandsThatReadOrDrawAPDFLoadPopplerOrCairo() throws {
        let trace = ["LD_DEBUG": "files"]
        let pdfCommit = try audit(["commit", "sgb-2024", ShanghaiReports.pdf("shehui-gongzuobu-2024").path], environment: trace)
        let log = try audit(["log"], environment: trace)
        let markedUp = try audit(["report", "sgb-2024", "-o", root.appendingPathComponent("marked-up.pdf").path], environment: trace)
        for result in [pdfCommit, log, markedUp] { XCTAssertEqual(result.status, 0, result.stderr) }

        XCTAssertFalse(Self.loads("libpoppler-glib", log), log.stderr)
        XCTAssertFalse(Self.loads("libcairo", log), log.stderr)
        XCTAssertTrue(Self.loads("libpoppler-glib", pdfCommit), pdfCommit.stderr)
        // The loader says once why it maps a file: "needed by" another or "dynamically loaded by".
        let cairoInCommit = pdfCommit.stderrLines.filter { $0.contains("file=libcairo.so") && $0.contains(" by ") }
        XCTAssertEqual(cairoInCommit.count, 1, pdfCommit.stderr)
        XCTAssertTrue(cairoInCommit.allSatisfy { $0.contains("needed by") && $0.contains("libpoppler-glib.so") }, "\(cairoInCommit)")
        XCTAssertTrue(Self.loads("libcairo", markedUp), markedUp.stderr)
    }

    /// `audit --version` alone is answered before ArgumentParser parses anything; it prints what
    /// ArgumentParser prints for the same flag with an option beside it.
    func testVersionAloneMatchesTheParsedVersion() throws {
        let alone = try AuditBinary.run(["--version"], in: root, scratch: root)
        let parsed = try audit(["--version"])
        XCTAssertEqual(alone.status, 0, alone.stderr)
        XCTAssertEqual(alone.stderr, "")
        XCTAssertEqual(alone.output, parsed.output)
        XCTAssertNotNil(alone.output.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression), alone.output)
    }

    private static func loads(_ library: String, _ result: AuditResult) -> Bool {
        result.stderrLines.contains { $0.contains("file=\(library).so") }
    }
}
