import AuditEngine
import CheckerKit
import FindingsModel
import ReportModel
import ReviewReport
import XCTest

/// The reviewer report: summary by level and status, quoted context, triage, self-contained HTML.
final class ReviewDocumentTests: XCTestCase {
    private let text = "第一行\n\n基本支出 <1,277.36> 万元\n第四行\n"

    private func finding(_ place: String, line: Int, level: Level = .error) -> Finding {
        Finding(ruleID: "r", level: level, message: "\(place) is wrong", locations: [
            FindingLocation(span: SourceSpan(startLine: line, startColumn: 1, endLine: line, endColumn: 3), logical: place),
        ])
    }

    private func document() -> ReviewDocument {
        let current = finding("甲", line: 3)
        let gone = finding("乙", line: 40, level: .warning)
        let triaged = finding("丙", line: 1, level: .note)
        let run = AuditRun(findings: [triaged, current, gone], checkers: [], rules: [])
        let reviews = [
            current.fingerprint: FindingReview(baselineState: .new),
            gone.fingerprint: FindingReview(baselineState: .absent),
            triaged.fingerprint: FindingReview(baselineState: .unchanged, suppression: Suppression(
                status: .accepted, decision: "wont-fix", justification: "published <already>", reviewer: "Li Wei <li@example.org>"
            )),
        ]
        return ReviewDocument(subject: "2021@2", baseline: "2021@1", run: run, reviews: reviews, text: text, histories: [:], changes: nil)
    }

    func testEntriesAreSeverestFirstWithStatusAndQuotedContext() {
        let entries = document().entries
        XCTAssertEqual(entries.map(\.finding.message), ["甲 is wrong", "乙 is wrong", "丙 is wrong"])
        XCTAssertEqual(entries.map(\.status), ["new", "absent", "wont-fix"])
        XCTAssertEqual(entries[0].context.map(\.number), [3, 4], "the blank line 2 is skipped")
        XCTAssertEqual(entries[0].context.map(\.isCited), [true, false])
        XCTAssertEqual(entries[1].context, [], "an absent finding's lines are in the baseline's text")
    }

    func testSummaryCountsByLevelAndStatus() {
        let summary = document().summary
        XCTAssertEqual(summary.statuses, ["new", "absent", "wont-fix"])
        XCTAssertEqual(summary.count(.error, "new"), 1)
        XCTAssertEqual(summary.count(.warning, "absent"), 1)
        XCTAssertEqual(summary.count(.note, "wont-fix"), 1)
        XCTAssertEqual(summary.count(.error, "absent"), 0)
    }

    func testHTMLIsSelfContainedAndEscaped() {
        let html = HTMLReviewRenderer().render(document())
        XCTAssertTrue(html.contains("<mark>3: 基本支出 &lt;1,277.36&gt; 万元</mark>"), html)
        XCTAssertTrue(html.contains("published &lt;already&gt;"))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("href="))
        XCTAssertTrue(html.contains("No baseline given."), "without a baseline there are no changes to show")
    }

    func testMarkdownQuotesTheCitedLine() {
        let markdown = MarkdownReviewRenderer().render(document())
        XCTAssertTrue(markdown.contains("> 3: 基本支出 <1,277.36> 万元"), markdown)
        // Angle brackets from a reviewer or a reason would be raw HTML to a Markdown renderer (issue 14, item 9).
        XCTAssertTrue(markdown.contains("Triage: **wont-fix** by Li Wei \\<li@example.org\\> — published \\<already\\>"), markdown)
        XCTAssertTrue(markdown.contains("| error | 1 | 0 | 0 |"), markdown)
    }
}
