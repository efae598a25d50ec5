import Foundation
import TestSupport
import XCTest

/// remote, push, pull, clone and status in Chinese, by `--lang zh` and by `LANG=zh_CN.UTF-8`,
/// and in English by default. Commands that change nothing run both ways and must print the
/// same bytes; those that write run once each way, on the two reviewers' workspaces.
final class ChineseSyncTests: SyncTestCase {
    private static let zhLocale = ["LANG": "zh_CN.UTF-8"]

    /// `audit <arguments>` (in workspace `name` when given) as Ann, with `environment` added.
    private func run(_ name: String?, _ arguments: [String], environment: [String: String] = [:]) throws -> AuditResult {
        let workspaceArguments = name.map { ["--workspace", workspace($0).path] } ?? []
        let environment = environment.merging(["AUDIT_AUTHOR": ann]) { given, _ in given }
        return try AuditBinary.run(arguments + workspaceArguments, environment: environment, in: root, scratch: root)
    }

    /// A command that writes nothing, run both ways: the same status, stdout and stderr.
    private func chinese(_ name: String?, _ arguments: [String], status: Int32 = 0, line: UInt = #line) throws -> AuditResult {
        let byOption = try run(name, arguments + ["--lang", "zh"])
        let byLocale = try run(name, arguments, environment: Self.zhLocale)
        XCTAssertEqual(byOption.status, status, byOption.stderr, line: line)
        XCTAssertEqual(byLocale.status, status, byLocale.stderr, line: line)
        XCTAssertEqual(byOption.stdout, byLocale.stdout, "--lang zh and LANG=zh_CN.UTF-8 differ: \(arguments)", line: line)
        XCTAssertEqual(byOption.stderr, byLocale.stderr, line: line)
        return byOption
    }

    private func succeeded(_ result: AuditResult, line: UInt = #line) -> String {
        XCTAssertEqual(result.status, 0, result.stderr, line: line)
        return result.output
    }

    func testSyncCommandsSpeakChinese() throws {
        try audit("ann", ["init"], as: ann)
        try audit("ann", ["commit", "2021", try report("a.txt").path], as: ann)
        XCTAssertEqual(succeeded(try run("ann", ["remote", "add", "origin", remote.path, "--lang", "zh"])), "远程仓库 origin：\(remote.path)\n")
        XCTAssertEqual(try chinese("ann", ["remote", "-v"]).output, "origin\t\(remote.path)\n")

        let before = try chinese("ann", ["status"]).output
        XCTAssertEqual(before, "origin（\(remote.path)）：领先 2 项，落后 0 项，一致 0 项\n  2021：领先 1 个提交，落后 0 个提交\n  检查结果 2021：领先 1 个提交，落后 0 个提交\n", before)
        XCTAssertEqual(try run("ann", ["status"]).output,
                       "origin (\(remote.path)): 2 ahead, 0 behind, 0 up to date\n  2021: 1 ahead, 0 behind\n  findings 2021: 1 ahead, 0 behind\n")

        let findingID = try XCTUnwrap(try findingIDs("ann", "2021").first)
        try audit("ann", ["triage", findingID, "--status", "confirmed", "--reason", "已核实"], as: ann)
        XCTAssertEqual(succeeded(try run("ann", ["push", "--lang", "zh"])), "已推送到 origin：3 个引用\n  2021：1 个提交\n  检查结果 2021：1 个提交\n  审阅决定：1 个提交\n")

        let cloned = succeeded(try run(nil, ["clone", remote.path, workspace("bob").path], environment: Self.zhLocale))
        XCTAssertEqual(cloned, "已从 origin（\(remote.path)）拉取：收到修订 1 个、审阅决定 1 项\n  2021：收到修订 1 个\n  审阅决定：收到 1 项\n", cloned)

        // Both commit revision 2 of 2021; Bob pulls Ann's and his own is re-committed as revision 3.
        try audit("ann", ["commit", "2021", try report("ann.txt", variant: 1).path], as: ann)
        XCTAssertTrue(succeeded(try run("ann", ["push"])).hasPrefix("pushed to origin: 2 refs\n"))
        try audit("bob", ["commit", "2021", try report("bob.txt", variant: 2).path], as: bob)
        let refused = try chinese("bob", ["push"], status: 2)
        XCTAssertEqual(refused.stderr, "audit: 拒绝推送到 'origin'：它含有本工作区没有的修订或审阅决定（2021、检查结果 2021）；请先运行 'audit pull origin'\n")
        XCTAssertEqual(try run("bob", ["push"]).stderr,
                       "audit: push to 'origin' refused: it holds revisions or decisions this workspace lacks (2021, findings 2021); run 'audit pull origin' first\n")

        let pulled = succeeded(try run("bob", ["pull", "--lang", "zh"]))
        let merged = try NSRegularExpression(pattern: #"^  2021：收到修订 1 个；与本工作区的修订合并：修订 2（[0-9a-f]{7}）重新提交为修订 3（[0-9a-f]{7}）$"#, options: .anchorsMatchLines)
        XCTAssertTrue(pulled.hasPrefix("已从 origin（\(remote.path)）拉取：收到修订 1 个、审阅决定 0 项\n"), pulled)
        XCTAssertEqual(merged.numberOfMatches(in: pulled, range: NSRange(pulled.startIndex..., in: pulled)), 1, pulled)
        XCTAssertTrue(pulled.contains("  检查结果 2021：1 份记录改记到重新提交的修订下，双方不一致的 0 份留待重新计算\n"), pulled)
        // The re-commit note in the store is data: one wording, English, whatever the interface.
        let log = try runGit(["log", "-1", "--format=%s", "refs/heads/2021"], in: store("bob")).output
        XCTAssertTrue(log.hasPrefix("2021 revision 3: ") && log.contains("[re-committed by audit pull from origin: committed concurrently as revision 2"), log)

        XCTAssertTrue(succeeded(try run("bob", ["push"], environment: Self.zhLocale)).hasPrefix("已推送到 origin：2 个引用\n  2021："))
        XCTAssertTrue(succeeded(try run("ann", ["pull"])).hasPrefix("pulled from origin (\(remote.path)): 1 revision and 0 triage decisions arrived\n"))
        XCTAssertEqual(succeeded(try run("ann", ["pull", "--lang", "zh"])), "已从 origin（\(remote.path)）拉取：收到修订 0 个、审阅决定 0 项\n  已是最新\n")
        XCTAssertEqual(try chinese("ann", ["push"]).output, "origin：已是最新\n")
        XCTAssertEqual(try run("ann", ["push"]).output, "origin: already up to date\n")
        XCTAssertEqual(try chinese("ann", ["status", "--fetch"]).output, "origin（\(remote.path)）：领先 0 项，落后 0 项，一致 3 项\n")
    }

    func testSyncErrorsInChinese() throws {
        try audit("ann", ["init"], as: ann)
        XCTAssertEqual(try chinese("ann", ["status"]).output, "没有远程仓库（audit remote add NAME URL）\n")
        XCTAssertEqual(try chinese("ann", ["push"], status: 2).stderr, "audit: 没有远程仓库 'origin'（尚未添加：'audit remote add NAME URL'）\n")
        XCTAssertEqual(try chinese("ann", ["remote", "add", "a..b", "x.git"], status: 2).stderr,
                       "audit: 远程仓库名 'a..b' 无效：请像 git 分支名那样只用字母、数字、'.'、'_' 或 '-'\n")
        try audit("ann", ["remote", "add", "origin", remote.path], as: ann)
        XCTAssertEqual(try chinese("ann", ["remote", "add", "origin", "elsewhere.git"], status: 2).stderr, "audit: 远程仓库 'origin' 已存在（\(remote.path)）\n")
        XCTAssertEqual(try chinese("ann", ["pull", "upstream"], status: 2).stderr, "audit: 没有远程仓库 'upstream'（已有：origin）\n")
        XCTAssertEqual(try run("ann", ["pull", "upstream"]).stderr, "audit: no remote 'upstream' (known: origin)\n")

        let down = "git://127.0.0.1:\(try GitDaemon.freePort())/remote.git"
        try audit("ann", ["remote", "add", "down", down], as: ann)
        let unreachable = try chinese("ann", ["pull", "down"], status: 2).stderr
        XCTAssertTrue(unreachable.hasPrefix("audit: 无法连接远程仓库 'down'（\(down)）："), unreachable)

        let project = root.appendingPathComponent("project")
        for command in [["init", "--quiet", "-b", "main", project.path], ["-C", project.path, "commit", "--quiet", "--allow-empty", "-m", "code"]] {
            XCTAssertEqual(try runGit(["-c", "user.name=x", "-c", "user.email=x@y"] + command, in: root).status, 0)
        }
        try audit("ann", ["remote", "add", "code", project.path], as: ann)
        let foreign = try chinese("ann", ["pull", "code"], status: 2).stderr
        XCTAssertTrue(foreign.hasPrefix("audit: 远程仓库 'code'（\(project.path)）不是审核存储：其分支 'main' 不是报告版本（"), foreign)

        let occupied = root.appendingPathComponent("occupied")
        try FileManager.default.createDirectory(at: occupied, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: occupied.appendingPathComponent("file"))
        XCTAssertEqual(try chinese(nil, ["clone", remote.path, occupied.path], status: 2).stderr, "audit: 不会克隆到 \(occupied.path)：它已存在且不为空\n")
        XCTAssertEqual(try run(nil, ["clone", remote.path, occupied.path]).stderr, "audit: will not clone into \(occupied.path): it exists and is not empty\n")
    }
}
