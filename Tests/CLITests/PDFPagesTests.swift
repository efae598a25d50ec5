import Foundation
import TestSupport
import XCTest

/// Findings on a committed PDF say on which page their line is printed: "p. 7, line 12" in text
/// and the reviewer report, SARIF's artifact the original PDF with a page property on the region.
final class PDFPagesTests: WorkspaceTestCase {
    private func pageOfLine(_ line: Int, in text: String) -> Int {
        1 + text.split(separator: "\n", omittingEmptySubsequences: false).prefix(line).joined().filter { $0 == "\u{0C}" }.count
    }

    func testFindingsOnAPDFNameTheirPages() throws {
        let pdf = packageRoot.appendingPathComponent("reports/shanghai-putuo/caizhengju-2024.pdf")
        try commit("2024", pdf)
        let text = try runGit(["show", "refs/heads/2024:text.txt"], in: store).output

        let sarif = try audit(["check", "2024", "--format", "sarif", "--fail-on", "never"])
        XCTAssertEqual(sarif.status, 0, sarif.stderr)
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: sarif.stdout) as? [String: Any])
        let results = try XCTUnwrap(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let regions = results.compactMap { ($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any] }
        XCTAssertFalse(regions.isEmpty, "the Putuo report has findings with a place in the text")
        for physical in regions {
            XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["uri"] as? String, "2024@1/original")
            let region = try XCTUnwrap(physical["region"] as? [String: Any])
            let line = try XCTUnwrap(region["startLine"] as? Int)
            XCTAssertEqual((region["properties"] as? [String: Any])?["page"] as? Int, pageOfLine(line, in: text))
        }

        let plain = try audit(["check", "2024", "--fail-on", "never"])
        let line = try XCTUnwrap(regions.first.flatMap { ($0["region"] as? [String: Any])?["startLine"] as? Int })
        XCTAssertTrue(plain.output.contains("(p. \(pageOfLine(line, in: text)), line \(line); 2024@1/text.txt:\(line):"), plain.output)

        let report = root.appendingPathComponent("review.html")
        let written = try audit(["report", "2024", "--output", report.path])
        XCTAssertEqual(written.status, 0, written.stderr)
        let html = try String(contentsOf: report, encoding: .utf8)
        XCTAssertTrue(html.contains("p. \(pageOfLine(line, in: text)), line \(line): "), "the quoted lines carry their page")
    }

    /// Every place `audit diff` names in the new PDF's text carries the page that line is on.
    func testDiffOfTwoPDFsNamesPages() throws {
        let putuo = packageRoot.appendingPathComponent("reports/shanghai-putuo")
        try commit("2024", putuo.appendingPathComponent("caizhengju-2024.pdf"))
        try commit("2024", putuo.appendingPathComponent("shehui-gongzuobu-2024.pdf"))
        let text = try runGit(["show", "refs/heads/2024:text.txt"], in: store).output
        let diff = try audit(["diff", "2024@1", "2024@2"])
        XCTAssertEqual(diff.status, 0, diff.stderr)
        let places = try NSRegularExpression(pattern: #"\(p\. (\d+), line (\d+)\)"#)
        let output = diff.output as NSString
        let matches = places.matches(in: diff.output, range: NSRange(location: 0, length: output.length))
        XCTAssertGreaterThan(matches.count, 10, diff.output)
        for match in matches {
            let page = Int(output.substring(with: match.range(at: 1)))!, line = Int(output.substring(with: match.range(at: 2)))!
            XCTAssertEqual(page, pageOfLine(line, in: text), "line \(line)")
        }
    }
}
