import Foundation
import TestSupport
import XCTest

final class CommandTests: WorkspaceTestCase {
    func testInitIsIdempotent() throws {
        try commit("2021", try writeFile(Data("一\n".utf8), named: "a.txt", in: root))
        let before = try snapshot(of: workspace)
        let again = try audit(["init"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try snapshot(of: workspace), before)
        XCTAssertEqual(try runGit(["rev-parse", "--is-bare-repository"], in: store).output, "true\n")
    }

    func testSampleReportIsStoredAndShownByteForByte() throws {
        let line = try commit("2021", sampleReport, ["-m", "published 2021 report"])
        XCTAssertNotNil(line.range(of: #"^2021@1 [0-9a-f]{7} stored \(138098 bytes, UTF-8, 4173 lines\)$"#, options: .regularExpression), line)
        let original = try Data(contentsOf: sampleReport)
        XCTAssertEqual(try audit(["show", "2021"]).stdout, original)
        XCTAssertEqual(try audit(["show", "2021", "--raw"]).stdout, original)
        let log = try audit(["log"])
        XCTAssertEqual(log.status, 0, log.stderr)
        XCTAssertTrue(log.output.contains("published 2021 report"), log.output)
    }

    func testCommittingTheLatestContentAgainStoresNothing() throws {
        let file = try writeFile(Data("第一稿\n".utf8), named: "a.txt", in: root)
        try commit("2021", file)
        let before = try snapshot(of: workspace)
        let again = try commit("2021", file, ["-m", "same again"])
        XCTAssertEqual(again, "2021@1 unchanged: identical to the latest revision; nothing stored")
        XCTAssertEqual(try snapshot(of: workspace), before)
        XCTAssertEqual(try revisionCount("2021"), 1)
    }

    func testRefsNameLatestNumberedAndCommitPrefixRevisions() throws {
        try commit("2021", try writeFile(Data("第一稿\n".utf8), named: "one.txt", in: root))
        try commit("2021", try writeFile(Data("第二稿\n".utf8), named: "two.txt", in: root))
        let firstID = try runGit(["rev-parse", "refs/heads/2021~1"], in: store).output.trimmingCharacters(in: .newlines)
        XCTAssertEqual(try audit(["show", "2021"]).output, "第二稿\n")
        XCTAssertEqual(try audit(["show", "2021@2"]).output, "第二稿\n")
        XCTAssertEqual(try audit(["show", "2021@1"]).output, "第一稿\n")
        XCTAssertEqual(try audit(["show", String(firstID.prefix(7))]).output, "第一稿\n")
        XCTAssertEqual(try audit(["show", firstID]).output, "第一稿\n")
    }

    func testGB18030IsShownAsUTF8AndRawGivesTheOriginalBytes() throws {
        let text = "第三部分 情况说明\n一般公共预算财政拨款支出 1,234.56 万元\n"
        let original = try gb18030(text)
        let line = try commit("2021", try writeFile(original, named: "gbk.txt", in: root))
        XCTAssertTrue(line.hasSuffix("stored (\(original.count) bytes, GB18030, 2 lines)"), line)
        XCTAssertEqual(try audit(["show", "2021"]).output, text)
        XCTAssertEqual(try audit(["show", "2021", "--raw"]).stdout, original)
    }

    func testLogTabulatesEveryRevisionOfEveryVersion() throws {
        let old = try writeFile(Data("二〇二〇\n".utf8), named: "2020.txt", in: root)
        try commit("2020", old, ["--author", "王会计 <wang@example.org>", "-m", "old report"])
        try commit("2021", try writeFile(Data("v1\n".utf8), named: "2021.txt", in: root), ["-m", "draft"])
        try commit("2021", try writeFile(Data("v2\n".utf8), named: "2021.txt", in: root), ["-m", "final"])
        let log = try audit(["log"])
        XCTAssertEqual(log.status, 0, log.stderr)
        let rows = log.output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        XCTAssertEqual(rows.first, ["VERSION", "REV", "COMMIT", "AUTHOR", "DATE", "SIZE", "ENCODING", "MESSAGE"])
        XCTAssertEqual(rows.dropFirst().map { "\($0[0])@\($0[1]) \($0.last!)" }, ["2020@1 report", "2021@1 draft", "2021@2 final"])
        XCTAssertEqual(rows[1][3], "王会计")
        XCTAssertNotNil(ISO8601DateFormatter().date(from: String(rows[1][4])), String(rows[1][4]))
        XCTAssertEqual(rows[1][5], "13")
        let one = try audit(["log", "2021"])
        XCTAssertEqual(one.output.split(separator: "\n").count, 3, one.output)
    }

    func testLogOfAnEmptyWorkspaceSaysSo() throws {
        let log = try audit(["log"])
        XCTAssertEqual(log.status, 0)
        XCTAssertEqual(log.output, "no versions stored yet (run 'audit commit <version> <file>')\n")
    }

    func testAuthorComesFromTheOptionElseTheEnvironment() throws {
        let environment = ["AUDIT_AUTHOR": "Env Author <env@example.org>"]
        let first = try writeFile(Data("1\n".utf8), named: "1.txt", in: root)
        let second = try writeFile(Data("2\n".utf8), named: "2.txt", in: root)
        XCTAssertEqual(try audit(["commit", "2021", first.path], environment: environment).status, 0)
        XCTAssertEqual(try audit(["commit", "2021", second.path, "--author", "Opt Author <opt@example.org>"], environment: environment).status, 0)
        let authors = try runGit(["log", "--format=%an <%ae>", "refs/heads/2021"], in: store).output
        XCTAssertEqual(authors, "Opt Author <opt@example.org>\nEnv Author <env@example.org>\n")
    }

    func testWorkspaceDefaultsToTheEnvironmentThenToDotWorkspace() throws {
        let fromEnvironment = root.appendingPathComponent("from-env")
        let viaEnvironment = try AuditBinary.run(["init"], environment: ["AUDIT_WORKSPACE": fromEnvironment.path], in: root, scratch: root)
        XCTAssertEqual(viaEnvironment.status, 0, viaEnvironment.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: fromEnvironment.appendingPathComponent("store.git/HEAD").path))
        let cwd = root.appendingPathComponent("cwd")
        try FileManager.default.createDirectory(at: cwd, withIntermediateDirectories: true)
        let byDefault = try AuditBinary.run(["init"], in: cwd, scratch: root)
        XCTAssertEqual(byDefault.status, 0, byDefault.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cwd.appendingPathComponent("workspace/store.git/HEAD").path))
    }

    func testWorkspaceOptionMayAlsoPrecedeTheCommand() throws {
        try commit("2021", try writeFile(Data("一\n".utf8), named: "a.txt", in: root))
        let log = try AuditBinary.run(["--workspace", workspace.path, "log"], in: root, scratch: root)
        XCTAssertEqual(log.status, 0, log.stderr)
        XCTAssertEqual(log.output.split(separator: "\n").count, 2, log.output)
    }

    func testHelpExitsZeroOnStdout() throws {
        for arguments in [["--help"], ["commit", "--help"], ["help", "show"]] {
            let help = try AuditBinary.run(arguments, in: root, scratch: root)
            XCTAssertEqual(help.status, 0, arguments.joined(separator: " "))
            XCTAssertTrue(help.output.contains("USAGE: audit"), help.output)
            XCTAssertEqual(help.stderr, "")
        }
    }
}
