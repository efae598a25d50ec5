import Foundation
import TestSupport
import XCTest

/// Every command in Chinese, chosen by `--lang zh` and again by `LANG=zh_CN.UTF-8`: the two
/// give the same bytes, and each says in Chinese what the English says (the English words of
/// the default are checked absent). Figures are quoted as printed either way.
final class ChineseInterfaceTests: WorkspaceTestCase {
    private static let zhLocale = ["LANG": "zh_CN.UTF-8"]
    private var findingID = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        try commit("2020", packageRoot.appendingPathComponent("reports/shanwei-zsj/2020.txt"))
        try commit("2021", sampleReport)
        // The direction error of 2021 (增加 87.70 where the text says 节约), the same in both languages.
        let check = try audit(["check", "2021", "--only", "total-reconciliation"])
        let line = try XCTUnwrap(check.output.split(separator: "\n").first { $0.contains("比上年决算数增加 ↔ 说明") })
        findingID = String(line.split(separator: " ")[1])
    }

    /// The command run both ways; asserts they agree and returns the result.
    /// JSON names each checker's run time, which is left out of the comparison (`exact: false`).
    private func chinese(_ arguments: [String], status: Int32 = 0, exact: Bool = true, line: UInt = #line) throws -> AuditResult {
        let byOption = try audit(arguments + ["--lang", "zh"])
        let byLocale = try audit(arguments, environment: Self.zhLocale)
        XCTAssertEqual(byOption.status, status, byOption.stderr, line: line)
        XCTAssertEqual(byLocale.status, status, byLocale.stderr, line: line)
        if exact {
            XCTAssertEqual(byOption.stdout, byLocale.stdout, "--lang zh and LANG=zh_CN.UTF-8 differ: \(arguments)", line: line)
        } else {
            let untimed = { (output: String) in output.replacingOccurrences(of: #""seconds" : [0-9.e-]+"#, with: "", options: .regularExpression) }
            XCTAssertEqual(untimed(byOption.output), untimed(byLocale.output), "--lang zh and LANG=zh_CN.UTF-8 differ: \(arguments)", line: line)
        }
        XCTAssertEqual(byOption.stderr, byLocale.stderr, line: line)
        return byOption
    }

    func testEveryCommandSpeaksChinese() throws {
        XCTAssertEqual(try chinese(["init"]).output, "工作区已就绪：\(workspace.path)（存储：\(store.path)）\n")
        XCTAssertEqual(try chinese(["commit", "2021", sampleReport.path]).output.hasSuffix("2021@1 未变：与最新修订完全相同，未存储\n"), true)
        XCTAssertTrue(try chinese(["log"]).output.hasPrefix("版本  修订  提交"))

        let check = try chinese(["check", "2021"], status: 1).output
        XCTAssertTrue(check.hasPrefix("2021@1 的检查结果（格式：guangdong-2021）\n"), check)
        XCTAssertTrue(check.contains("检查结果：错误 2 项，警告 13 项，提示 54 项\n"), check)
        // The direction error: the figure as printed, the wording Chinese.
        XCTAssertTrue(check.contains("“增加 87.70”是增加，但说明中写的是“比上年数有所节约”，即减少"), check)
        XCTAssertTrue(check.contains("  错误    \(findingID) "), check)
        for english in ["Findings", "Identities checked", " error ", "warning"] { XCTAssertFalse(check.contains(english), english) }

        let json = try chinese(["check", "2021", "--format", "json"], status: 1, exact: false).stdout
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: json) as? [String: Any])
        let messages = try XCTUnwrap(document["findings"] as? [[String: Any]]).compactMap { $0["message"] as? String }
        XCTAssertTrue(messages.contains { $0.contains("勾稽关系不符") }, "\(messages)")
        let sarif = try chinese(["check", "2021", "--format", "sarif"], status: 1, exact: false).output
        XCTAssertTrue(sarif.contains("\"language\" : \"zh-CN\""))
        XCTAssertTrue(try chinese(["check", "2021", "--format", "markdown"], status: 1).output.hasPrefix("# 2021@1 审核结果\n"))

        let findings = try chinese(["findings", "2021", "--baseline", "2020"]).output
        XCTAssertTrue(findings.contains("[新增]") && findings.contains("[未变]"), findings)
        XCTAssertTrue(try chinese(["diff", "2020", "2021"]).output.contains("：表格：单元格变化 9 处，增加 2 行，删除 1 行；段落："))
        XCTAssertTrue(try chinese(["diff", "2020", "2021", "--format", "html"]).output.contains("<h2>变化的单元格</h2>"))
        XCTAssertTrue(try chinese(["show", "2021", "--outline"]).output.contains("一、 部门主要职责  [第 3 行]"))

        let paper = try chinese(["findings", "2021", "--format", "csv"]).output
        XCTAssertTrue(paper.hasPrefix("\u{FEFF}编号,部门,年度,修订,规则,级别,页,行,引文,说明,应为,实为,差额,与基准相比,处理状态,复核人,理由\r\n"), paper)
        XCTAssertTrue(paper.contains("total-reconciliation.direction,错误,,1260,"), paper)

        let batch = root.appendingPathComponent("batch")
        try FileManager.default.createDirectory(at: batch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: sampleReport, to: batch.appendingPathComponent("a.txt"))
        try Data().write(to: batch.appendingPathComponent("empty.txt"))
        let dryRun = try chinese(["commit", "--batch", batch.path, "--dry-run"], status: 1).output
        XCTAssertTrue(dryRun.hasPrefix("文件  "), dryRun)
        XCTAssertTrue(dryRun.contains("已跳过 empty.txt：文件为空：") && dryRun.hasSuffix("试运行：2 个文件中将存储 1 个；未存储任何内容\n"), dryRun)

        let summary = try chinese(["summary"]).output
        XCTAssertTrue(summary.hasPrefix("部门  年度  修订"), summary)
        XCTAssertTrue(summary.hasSuffix("共 1 个部门的 2 个版本：错误 24 项，警告 23 项，提示 82 项\n"), summary)
        XCTAssertTrue(try chinese(["summary", "--format", "html"]).output.contains("<h1>各部门各年度检查结果汇总</h1>"))

        XCTAssertTrue(try chinese(["plugins"]).output.contains("    规则 total-reconciliation.coded-hierarchy: 上级科目等于下级科目之和\n"))
        let rules = try chinese(["rules"]).output
        XCTAssertNotNil(rules.range(of: #"national  全国部门决算公开模板 \(表1–表9\)  \(表 9 张，勾稽关系 \d+ 项；national.yml\)"#, options: .regularExpression), rules)
        let dups = try chinese(["dups", sampleReport.path, packageRoot.appendingPathComponent("reports/shanwei-zsj/2020.txt").path]).output
        XCTAssertTrue(dups.contains("检查结果：错误 0 项，警告 "), dups)

        let page = root.appendingPathComponent("review.html")
        XCTAssertEqual(try chinese(["report", "2021", "--baseline", "2020", "-o", page.path]).output, "已写入 \(page.path)：检查结果 89 项\n")
        let html = try String(contentsOf: page, encoding: .utf8)
        XCTAssertTrue(html.contains("审核报告（基准：2020@1 (") && html.contains("<h2>目录</h2>"), html)

        // triage writes: once by option, once by locale, each with its own decision.
        let byOption = try audit(["triage", findingID, "--status", "confirmed", "--reason", "已核实", "--reviewer", "李伟 <li@example.org>", "--lang", "zh"])
        XCTAssertEqual(byOption.output, "\(findingID) 确认问题（复核人：李伟 <li@example.org>）\n")
        let byLocale = try audit(["triage", findingID, "--status", "wont-fix", "--reason", "已公开", "--reviewer", "李伟 <li@example.org>"], environment: Self.zhLocale)
        XCTAssertEqual(byLocale.output, "\(findingID) 不予修改（复核人：李伟 <li@example.org>）\n")
        let history = try chinese(["history", findingID]).output
        XCTAssertTrue(history.hasPrefix("检查结果 \(findingID) total-reconciliation.direction，位置："), history)
        XCTAssertTrue(history.contains("首次出现于 2020@1") && history.contains("处理：不予修改 — 已公开"), history)
        let trail = try chinese(["triage", "--log"]).output
        XCTAssertTrue(trail.contains(" 李伟 <li@example.org>  审阅决定 \(findingID)：不予修改 — 已公开\n"), trail)
        XCTAssertTrue(trail.contains(" 李伟 <li@example.org>  审阅决定 \(findingID)：确认问题 — 已核实\n"), trail)
        XCTAssertTrue(try audit(["triage", "--log"]).output.contains(" 李伟 <li@example.org>  triage \(findingID): wont-fix — 已公开\n"))
    }

    /// `summary --fresh` piped: one `已检查 n/N ref` line per revision (`checked` in English).
    func testSummaryProgressInChinese() throws {
        for (arguments, environment) in [(["--lang", "zh"], ["AUDIT_PROGRESS_AFTER": "0"]), ([], ["AUDIT_PROGRESS_AFTER": "0"].merging(Self.zhLocale) { $1 })] {
            let summary = try audit(["summary", "--fresh"] + arguments, environment: environment)
            XCTAssertEqual(summary.status, 0, summary.stderr)
            let progress = summary.stderrLines.filter { $0.hasPrefix("已检查 ") }
            XCTAssertEqual(progress.map { $0.split(separator: " ")[1] }.sorted(), ["1/2", "2/2"], summary.stderr)
            XCTAssertEqual(Set(progress.map { $0.split(separator: " ")[2] }), ["2020@1", "2021@1"], summary.stderr)
            XCTAssertFalse(summary.stderr.contains("checked"), summary.stderr)
        }
        let english = try audit(["summary", "--fresh"], environment: ["AUDIT_PROGRESS_AFTER": "0"])
        XCTAssertEqual(english.stderrLines.filter { $0.hasPrefix("checked ") && $0.contains("/2 ") }.count, 2, english.stderr)
    }

    func testBadInputIsRefusedInChinese() throws {
        let empty = root.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        XCTAssertEqual(try chinese(["commit", "2022", empty.path], status: 2).stderr, "audit: 文件为空：\(empty.path)\n")
        XCTAssertEqual(try chinese(["check", "2019"], status: 2).stderr, "audit: 未知的引用 '2019'（已有版本：2020、2021）\n")
        XCTAssertEqual(try chinese(["dups", "/nonexistent"], status: 2).stderr, "audit: 文件或工作区不存在：/nonexistent\n")
        // audit.yml mistakes: the place as in English, the problem in Chinese.
        let configuration = workspace.appendingPathComponent("audit.yml")
        try Data("checkers:\n  total-reconciliation:\n    narrative: 3\n    narrative: 4\n".utf8).write(to: configuration)
        XCTAssertEqual(try chinese(["check", "2021"], status: 2).stderr, "audit: audit.yml:4: checkers.total-reconciliation: 键 'narrative' 重复（首次出现在第 3 行）\n")
        try Data("bogus: 1\ncheckers:\n  total-reconciliation:\n    narrative: 3\n".utf8).write(to: configuration)
        XCTAssertEqual(try chinese(["plugins"], status: 2).stderr,
                       "audit: audit.yml:1: 未知的键 'bogus'（已有：checkers、external-checkers、memory-megabytes、rule-pack、timeout-seconds）\n")
        try Data("checkers:\n  total-reconciliation:\n    narrative: 3\n".utf8).write(to: configuration)
        XCTAssertEqual(try chinese(["check", "2021"], status: 2).stderr, "audit: audit.yml:3: checkers.total-reconciliation.narrative: 应为布尔值，实为 '3'\n")
        XCTAssertEqual(try audit(["check", "2021"]).stderr, "audit: audit.yml:3: checkers.total-reconciliation.narrative: expected a boolean, got '3'\n")
        try FileManager.default.removeItem(at: configuration)
        // A usage mistake our own validation finds (ArgumentParser's own stay English).
        XCTAssertEqual(try chinese(["triage", findingID, "--reason", "x"], status: 2).stderr,
                       "audit: 必须给出 --status：confirmed、accepted、false-positive、wont-fix 或 under-review\n")
        // The triage ledger's refusals.
        XCTAssertEqual(try chinese(["triage", "ffffffffff", "--status", "confirmed", "--reason", "x"], status: 2).stderr,
                       "audit: 没有编号为 'ffffffffff' 的已记录检查结果（见 'audit findings <ref>'）\n")
        XCTAssertEqual(try chinese(["triage", "zz", "--status", "confirmed", "--reason", "x"], status: 2).stderr.hasPrefix("audit: 检查结果编号 'zz' 有误"), true)
        XCTAssertEqual(try audit(["triage", "ffffffffff", "--status", "confirmed", "--reason", "x"]).stderr,
                       "audit: no recorded finding has id 'ffffffffff' (see 'audit findings <ref>')\n")
    }

    /// English stays the default, `--lang en` overrides a Chinese locale, and LC_ALL wins over LANG.
    func testTheLanguageIsChosenByOptionThenLocale() throws {
        let english = "Findings: 2 errors, 13 warnings, 54 notes\n"
        XCTAssertTrue(try audit(["check", "2021"]).output.contains(english))
        XCTAssertTrue(try audit(["check", "2021", "--lang", "en"], environment: Self.zhLocale).output.contains(english))
        XCTAssertTrue(try audit(["check", "2021"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "C"]).output.contains(english))
        XCTAssertTrue(try audit(["check", "2021"], environment: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"]).output.contains("检查结果：错误 2 项"))
        XCTAssertTrue(try audit(["--lang=zh", "check", "2021"]).output.contains("检查结果：错误 2 项"))
        let bad = try audit(["check", "2021", "--lang", "fr"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.hasPrefix("audit: "), bad.stderr)
        XCTAssertEqual(bad.stderrLines.count, 1, bad.stderr)
    }
}
