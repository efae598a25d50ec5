import Foundation
import TestSupport
import XCTest

/// Upload of a new revision through the browser's form, and the page of a PDF with a finding boxed.
final class WorkbenchUploadTests: WorkspaceTestCase {
    func testAnUploadIsTheNextRevisionAndItsFindingsLinkTheDiff() throws {
        try commit("2020", packageRoot.appendingPathComponent("reports/shanwei-zsj/2020.txt"))
        let served = try ServedWorkspace(workspace: workspace, environment: ["AUDIT_AUTHOR": "Zhao Lei <zhao@example.org>"], scratch: root)
        let form = try served.get("/upload")
        let csrf = try XCTUnwrap(form.text.hiddenField("csrf"))
        let forged = ServedWorkspace.multipart([("csrf", String(repeating: "0", count: 64)), ("version", "2021")], file: ("2021.txt", try Data(contentsOf: sampleReport)))
        XCTAssertEqual(try served.post("/upload", body: forged.body, contentType: forged.type).status, 403)
        XCTAssertEqual(try revisionCount("2021"), 0, "a forged upload stores nothing")

        let upload = ServedWorkspace.multipart([("csrf", csrf), ("version", "2021"), ("message", "as received")], file: ("../../2021.txt", try Data(contentsOf: sampleReport)))
        let stored = try served.post("/upload", body: upload.body, contentType: upload.type)
        XCTAssertEqual(stored.status, 303, stored.text)
        XCTAssertEqual(stored.headers["location"], "/findings?ref=2021%401")
        let log = try audit(["log", "2021"])
        XCTAssertTrue(log.output.contains("Zhao Lei"), log.output)
        XCTAssertTrue(log.output.contains("as received"), log.output)
        let meta = try runGit(["show", "refs/heads/2021:meta.json"], in: store)
        XCTAssertTrue(meta.output.contains("\"2021.txt\""), "only the plain name is kept: \(meta.output)")

        let findings = try served.get("/findings?ref=2021%401")
        XCTAssertTrue(findings.text.contains("Compared with 2020@1"), findings.text)
        XCTAssertTrue(findings.text.contains(#"href="/diff?old=2020%401&amp;new=2021%401""#))
        let diff = try served.get("/diff?old=2020%401&new=2021%401")
        XCTAssertEqual(diff.status, 200)
        let cli = try audit(["diff", "2020", "2021", "--format", "html"])
        XCTAssertEqual(diff.text, cli.output, "the diff page is audit diff's own")

        let empty = ServedWorkspace.multipart([("csrf", csrf), ("version", "2022")], file: ("blank.txt", Data("   \n".utf8)))
        let refused = try served.post("/upload", body: empty.body, contentType: empty.type)
        XCTAssertEqual(refused.status, 400)
        XCTAssertTrue(refused.text.contains("blank.txt"), refused.text)
        XCTAssertEqual(try revisionCount("2022"), 0)
    }

    func testAPDFFindingShowsItsPageWithTheWordsBoxedInTheLevelsColourFromTheCache() throws {
        try commit("czj-2024", ShanghaiReports.pdf("caizhengju-2024"))
        let served = try ServedWorkspace(workspace: workspace, scratch: root)
        let errors = try served.get("/findings?ref=czj-2024&level=error")
        let id = try XCTUnwrap(errors.text.firstMatch(of: #/id=([0-9a-f]{10})"/#).map { String($0.1) }, "the report has an error finding")
        let page = try served.get("/finding?ref=czj-2024&id=\(id)")
        XCTAssertTrue(page.text.contains(#"<img class="page" src="/page.png?ref=czj-2024%401&amp;id=\#(id)""#), page.text)
        let image = try served.get("/page.png?ref=czj-2024%401&id=\(id)")
        XCTAssertEqual(image.status, 200)
        XCTAssertEqual(image.headers["content-type"], "image/png")
        XCTAssertEqual(Array(image.body.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let png = root.appendingPathComponent("page.png")
        try image.body.write(to: png)
        // Pillow as the judge: the error's box is red (the page itself is black on white).
        let judge = try ExternalCommand.run(["python3", "-c", """
            from PIL import Image
            im = Image.open('\(png.path)').convert('RGB')
            red = [(x, y) for y in range(im.size[1]) for x in range(im.size[0]) if (lambda p: p[0] > 180 and p[1] < 120 and p[2] < 120)(im.getpixel((x, y)))]
            print(im.size[0], im.size[1], len(red), max(y for _, y in red) - min(y for _, y in red) if red else 0)
            """], mergingErrors: false)
        let numbers = judge.output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        XCTAssertEqual(numbers.count, 4, judge.output)
        XCTAssertGreaterThan(numbers[0], 1000, "A4 at 2 px per point is 1190 wide")
        XCTAssertGreaterThan(numbers[2], 100, "red pixels of the box: \(judge.output)")
        XCTAssertLessThan(numbers[3], 80, "one box around the figure, a line high, not the page: \(judge.output)")
        let cache = workspace.appendingPathComponent("cache")
        let cached = try FileManager.default.subpathsOfDirectory(atPath: cache.path).filter { $0.contains("/page-own-") }
        XCTAssertEqual(cached.count, 1, "\(cached)")
        XCTAssertEqual(try served.get("/page.png?ref=czj-2024%401&id=\(id)").body, image.body)
        XCTAssertEqual(try served.get("/page.png?ref=czj-2024%401&id=\(id)&page=0").status, 400)
    }

    /// SIGTERM while a page is being drawn: the answer still arrives whole, then the server exits 0.
    func testARequestInFlightAtSIGTERMFinishesAndTheServerExitsCleanly() throws {
        try commit("czj-2024", ShanghaiReports.pdf("caizhengju-2024"))
        let served = try ServedWorkspace(workspace: workspace, scratch: root)
        let errors = try served.get("/findings?ref=czj-2024&level=error")
        let id = try XCTUnwrap(errors.text.firstMatch(of: #/id=([0-9a-f]{10})"/#).map { String($0.1) })
        let pending = served.beginGet("/page.png?ref=czj-2024&id=\(id)")
        Thread.sleep(forTimeInterval: 0.15)
        kill(served.process.processIdentifier, SIGTERM)
        let answer = try pending()
        XCTAssertEqual(answer.status, 200)
        XCTAssertEqual(Array(answer.body.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        served.process.waitUntilExit()
        XCTAssertEqual(served.process.terminationStatus, 0, served.printed)
        XCTAssertEqual(try audit(["triage", id, "--status", "accepted", "--reason", "after the stop"]).status, 0, "no lock left behind")
    }
}
