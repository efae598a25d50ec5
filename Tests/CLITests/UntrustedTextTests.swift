import CheckerKit
import Foundation
import TestSupport
import TotalReconciliation
import XCTest

/// Report text, authors, commit messages and triage reasons are untrusted: every command shows
/// their control characters instead of obeying them, Markdown and HTML carry no markup from
/// them, and data formats keep them exactly.
final class UntrustedTextTests: WorkspaceTestCase {
    static let escape = "\u{1B}"
    static let bell = "\u{07}"
    /// Script, event handler, Markdown link, colour change, OSC 8 hyperlink, bell; no spaces, so
    /// the parser keeps it inside one table row label.
    static let payload = "<script>alert(1)</script><img/src=x/onerror=alert(2)>[x](javascript:alert(3))"
        + "\(escape)[31mRED\(escape)]8;;http://evil.example/\(bell)link\(escape)]8;;\(bell)\(bell)"

    /// total-reconciliation's own 表5 example (the row 2101101 adds up last year, is 2.00 over its
    /// columns this year, and the finding quotes its label), with the payload in that label.
    static func report(_ example: CheckerExample) -> String {
        example.text.replacingOccurrences(of: "2101101 行政单位医疗", with: "2101101 行政单位医疗" + payload)
    }

    override func setUpWithError() throws {
        try super.setUpWithError()
        let examples = TotalReconciliation.description
        let old = try writeFile(Data(Self.report(examples.nonTriggeringExamples[0]).utf8), named: "2020.txt", in: root)
        let new = try writeFile(Data(Self.report(examples.triggeringExamples[0]).utf8), named: "2021.txt", in: root)
        try commit("2020", old, ["--author", "Ev\(Self.escape)[31mil <e@example.org>", "-m", "set \(Self.escape)]0;title\(Self.bell) done"])
        let stored = try audit(["commit", "2021", new.path], environment: ["AUDIT_AUTHOR": "Bell\(Self.bell)er <b@example.org>"])
        XCTAssertEqual(stored.status, 0, stored.stderr)
    }

    func testTerminalOutputShowsControlCharactersOfEveryUntrustedField() throws {
        let id = try findingID()
        let triaged = try audit(["triage", id, "--status", "false-positive", "--reason", "ok\(Self.escape)[2J", "--reviewer", "Re\(Self.escape)]8;;x\(Self.bell)v <r@example.org>"])
        XCTAssertEqual(triaged.status, 0, triaged.stderr)
        let commands = [["log"], ["check", "2021", "--all"], ["diff", "2020", "2021"], ["findings", "2021", "--all"], ["history", id], ["triage", "--log"], ["dups", root.appendingPathComponent("2021.txt").path, root.appendingPathComponent("2020.txt").path]]
        for command in commands {
            let result = try audit(command)
            XCTAssertTrue([0, 1].contains(result.status), "\(command): \(result.stderr)")
            XCTAssertFalse(result.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "\(command) printed a control character: \(result.output.debugDescription)")
            XCTAssertTrue(result.output.contains("␛") || command == ["dups", root.appendingPathComponent("2021.txt").path, root.appendingPathComponent("2020.txt").path], "\(command): \(result.output)")
        }
        XCTAssertTrue(try audit(["log"]).output.contains("Ev␛[31mil"))
        XCTAssertTrue(try audit(["log"]).output.contains("Bell␇er"))
        XCTAssertTrue(try audit(["log"]).output.contains("set ␛]0;title␇ done"))
        XCTAssertTrue(try audit(["triage", "--log"]).output.contains("Re␛]8;;x␇v <r@example.org>  triage \(id): false-positive — ok␛[2J"))
        XCTAssertTrue(try audit(["check", "2021", "--all"]).output.contains("RED␛]8;;http://evil.example/␇link␛]8;;␇␇"))
    }

    func testJSONAndSARIFKeepTheExactText() throws {
        for format in ["json", "sarif"] {
            let result = try audit(["check", "2021", "--format", format])
            XCTAssertEqual(result.status, 1, result.stderr)
            let decoded = try XCTUnwrap(String(data: try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: result.stdout)), encoding: .utf8))
            XCTAssertFalse(result.output.contains("␛"), format)
            XCTAssertTrue(try messages(in: result.stdout).contains { $0.contains(Self.payload) }, "\(format): \(decoded.prefix(300))")
        }
    }

    func testMarkdownAndHTMLCarryNoMarkupFromTheReport() throws {
        let markdownCommands = [["check", "2021", "--format", "markdown"], ["findings", "2021", "--format", "markdown"], ["diff", "2020", "2021", "--format", "markdown"]]
        var markdown = try markdownCommands.map { try audit($0).output }
        markdown.append(try written(["report", "2021", "--baseline", "2020"], "review.md"))
        for (index, text) in markdown.enumerated() {
            XCTAssertTrue(text.contains("行政单位医疗"), "\(index): \(text)")
            // Quoted lines sit in a fenced code block, which Markdown shows literally.
            let outsideCode = Self.withoutFencedBlocks(text)
            for raw in [#"(?<!\\)<script>"#, #"(?<!\\)<img"#, #"(?<!\\)\[x(?<!\\)\]\(javascript"#, "\u{1B}", "\u{07}"] {
                XCTAssertNil(outsideCode.range(of: raw, options: .regularExpression), "markdown \(index) carries \(raw): \(text)")
            }
            XCTAssertFalse(text.contains("\u{1B}"), "\(index)")
            XCTAssertTrue(text.contains("\\<script\\>alert(1)\\</script\\>\\<img/src=x/onerror=alert(2)\\>\\[x\\](javascript:alert(3))"), "\(index): \(text)")
        }
        let html = [try audit(["diff", "2020", "2021", "--format", "html"]).output, try written(["report", "2021", "--baseline", "2020"], "review.html")]
        for (index, text) in html.enumerated() {
            XCTAssertFalse(text.contains("<script>alert") || text.contains("<img"), "html \(index)")
            XCTAssertTrue(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img/src=x/onerror=alert(2)&gt;"), "html \(index)")
        }
    }

    /// An output path inside the store would overwrite git's own files (here a branch ref).
    func testAnOutputInsideTheStoreIsRefusedAndNothingIsWritten() throws {
        let before = try snapshot(of: workspace)
        let ref = store.appendingPathComponent("refs/heads/2020").path
        let inside = store.appendingPathComponent("review.md").path
        let viaDotDot = workspace.appendingPathComponent("../workspace/store.git/refs/heads/2021").path
        let commands = [
            ["check", "2021", "--output", ref], ["check", "2021", "-o", viaDotDot], ["findings", "2021", "-o", ref],
            ["diff", "2020", "2021", "-o", ref], ["report", "2021", "-o", inside],
            ["dups", root.appendingPathComponent("2021.txt").path, "-o", ref],
        ]
        for command in commands {
            let result = try audit(command)
            XCTAssertEqual(result.status, 2, "\(command)")
            XCTAssertEqual(result.stderrLines.count, 1, "\(command): \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("audit: will not write "), "\(command): \(result.stderr)")
            XCTAssertEqual(result.output, "", "\(command)")
        }
        XCTAssertEqual(try snapshot(of: workspace), before)
        XCTAssertEqual(try audit(["log"]).output.split(separator: "\n").count, 3)
    }

    /// The text without its fenced code blocks (fences of three backticks or more).
    private static func withoutFencedBlocks(_ text: String) -> String {
        var inside = false
        return text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            if line.hasPrefix("```") { inside.toggle(); return false }
            return !inside
        }.joined(separator: "\n")
    }

    private func findingID() throws -> String {
        let result = try audit(["findings", "2021", "--format", "json"])
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let finding = try XCTUnwrap((document["findings"] as? [[String: Any]])?.first)
        return String(try XCTUnwrap(finding["fingerprint"] as? String).prefix(10))
    }

    private func written(_ command: [String], _ name: String) throws -> String {
        let file = root.appendingPathComponent(name)
        let result = try audit(command + ["--output", file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try String(contentsOf: file, encoding: .utf8)
    }

    /// Every string value in a JSON document.
    private func messages(in data: Data) throws -> [String] {
        func strings(_ value: Any) -> [String] {
            switch value {
            case let text as String: [text]
            case let array as [Any]: array.flatMap(strings)
            case let object as [String: Any]: object.values.flatMap(strings)
            default: []
            }
        }
        return strings(try JSONSerialization.jsonObject(with: data))
    }
}
