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
        // The contents link to the page's own anchors, never out of it.
        XCTAssertNil(html.range(of: #"href="[^#]"#, options: .regularExpression), html)
        XCTAssertTrue(html.contains("No baseline given."), "without a baseline there are no changes to show")
    }

    func testTheReviewPageShowsThisRevisionsErrorsAndWarningsOpenAndTheRestCollapsed() {
        let html = HTMLReviewRenderer().render(document())
        let errors = try! XCTUnwrap(html.range(of: "<div id=\"errors\" class=\"group\"><h2>Errors (1)</h2>"))
        let absent = try! XCTUnwrap(html.range(of: "<details id=\"absent\" class=\"group\"><summary><h2>Absent since the baseline (1)</h2>"))
        let triaged = try! XCTUnwrap(html.range(of: "<details id=\"triaged\" class=\"group\"><summary><h2>Set aside by a reviewer (1)</h2>"))
        XCTAssertTrue(errors.upperBound < absent.lowerBound && absent.upperBound < triaged.lowerBound)
        XCTAssertNil(html.range(of: "id=\"warnings\""), "the warning is absent, so no open group of warnings")
        let current = document().entries[0]
        XCTAssertTrue(html.contains("<li><a href=\"#f-\(current.finding.shortID)\"><code>\(current.finding.shortID)</code> r — line 3</a></li>"), html)
        XCTAssertTrue(html.contains("<section id=\"f-\(current.finding.shortID)\" class=\"finding\" data-level=\"error\">"))
        XCTAssertTrue(html.contains("<code>audit triage \(current.finding.shortID) --status STATUS --reason \"…\"</code>"))
        XCTAssertTrue(html.contains("font-family:\"Noto Sans CJK SC\""))
        XCTAssertTrue(html.contains("@page{size:A4"))
    }

    func testRelatedLinesAreQuotedWithTheirNotesAndCappedWithACount() {
        let lines = (1...40).map { "第\($0)行 \($0).00" }.joined(separator: "\n") + "\n"
        let related = (20...39).map { FindingLocation(span: SourceSpan(startLine: $0, startColumn: 1, endLine: $0, endColumn: 3), logical: "项\($0)", note: "term \($0)") }
        let sum = Finding(ruleID: "r", level: .error, message: "sum", locations: [
            FindingLocation(span: SourceSpan(startLine: 2, startColumn: 1, endLine: 2, endColumn: 3), logical: "合计"),
        ], relatedLocations: related + [related[0]])
        let run = AuditRun(findings: [sum, sum], checkers: [], rules: [])
        let document = ReviewDocument(subject: "2021@1", baseline: nil, run: run, reviews: [:], text: lines, histories: [:], changes: nil)
        let entry = document.entries[0]
        XCTAssertEqual(entry.related.map(\.number), Array(20...31), "twelve of the twenty related lines, the repeated place once")
        XCTAssertEqual(entry.related.first?.note, "term 20")
        XCTAssertEqual(entry.omittedRelatedLines, 8)
        XCTAssertEqual(document.entries.map(\.anchor), ["f-\(sum.shortID)", "f-\(sum.shortID)-2"], "anchors stay unique")
        let html = HTMLReviewRenderer().render(document)
        XCTAssertTrue(html.contains("20: 第20行 20.00  <span class=\"meta\">← term 20</span>"), html)
        XCTAssertTrue(html.contains("31: 第31行 31.00  <span class=\"meta\">← term 31</span>\n<span class=\"more\">… 8 more lines</span></pre>"), html)
        let markdown = MarkdownReviewRenderer().render(document)
        XCTAssertTrue(markdown.contains("  31: 第31行 31.00  ← term 31\n… 8 more lines\n```\n"), markdown)
        XCTAssertTrue(markdown.contains("`audit triage \(sum.shortID) --status STATUS --reason \"…\"`"))
    }

    func testMarkdownQuotesTheCitedLine() {
        let markdown = MarkdownReviewRenderer().render(document())
        XCTAssertTrue(markdown.contains("> 3: 基本支出 <1,277.36> 万元"), markdown)
        // Angle brackets from a reviewer or a reason would be raw HTML to a Markdown renderer (issue 14, item 9).
        XCTAssertTrue(markdown.contains("Triage: **wont-fix** by Li Wei \\<li@example.org\\> — published \\<already\\>"), markdown)
        XCTAssertTrue(markdown.contains("| error | 1 | 0 | 0 |"), markdown)
    }
}
