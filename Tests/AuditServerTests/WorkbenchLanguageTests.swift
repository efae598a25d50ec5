import Foundation
import TestSupport
import XCTest

/// The workbench in Chinese and English, as the CLI speaks: `--lang zh` (given to audit-serve
/// or to audit, before or after `serve`), a zh_* locale, or one request's `?lang=zh`. The
/// Chinese finding messages are judged by the CLI's own JSON (`messageZh`), not by the pages.
final class WorkbenchLanguageTests: WorkspaceTestCase {
    /// Headings each page shows in English and must not show in Chinese.
    private static let englishHeadings = [
        ">Summary<", ">Upload a revision<", "Findings by department and year", "Findings in ", "Compared with",
        "What changed", "Triage trail", "Record decision", ">Decide<", "All findings of this revision",
        "Not Found", "Changed cells", "Stored as committed by", "Recorded as",
    ]

    override func setUpWithError() throws {
        try super.setUpWithError()
        try commit("2020", packageRoot.appendingPathComponent("reports/shanwei-zsj/2020.txt"))
        try commit("2021", sampleReport)
    }

    /// A finding of 2021 whose Chinese message differs from its English one and needs no
    /// escaping, as `audit findings --format json` words it.
    private func chineseFinding() throws -> (id: String, en: String, zh: String) {
        let result = try audit(["findings", "2021", "--baseline", "2020", "--format", "json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any], result.stderr)
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        let plain = { (text: String) in !text.contains { "&<>\"'".contains($0) } }
        let chosen = try XCTUnwrap(findings.first { finding in
            guard let en = finding["message"] as? String, let zh = finding["messageZh"] as? String, en != zh else { return false }
            return plain(en) && plain(zh) && zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
        }, "a finding with a Chinese message")
        return (String(try XCTUnwrap(chosen["fingerprint"] as? String).prefix(10)), try XCTUnwrap(chosen["message"] as? String), try XCTUnwrap(chosen["messageZh"] as? String))
    }

    /// Every page of the workbench as `get` answers it, `suffix` appended to each query.
    private func pages(_ served: ServedWorkspace, id: String, query suffix: String) throws -> [String: ServedWorkspace.Answer] {
        let join = { (path: String) in path + (suffix.isEmpty ? "" : (path.contains("?") ? "&" : "?") + suffix) }
        var answers: [String: ServedWorkspace.Answer] = [:]
        for (name, path) in [
            ("summary", "/"), ("findings", "/findings?ref=2021"), ("finding", "/finding?ref=2021&id=\(id)"),
            ("diff", "/diff?old=2020&new=2021"), ("upload", "/upload"), ("missing", "/finding?ref=2021&id=ffffffffff"), ("no page", "/no-such-page"),
        ] {
            answers[name] = try served.get(join(path))
        }
        return answers
    }

    private func assertChinese(_ answers: [String: ServedWorkspace.Answer], finding: (id: String, en: String, zh: String), file: StaticString = #filePath, line: UInt = #line) {
        let headings = [
            "summary": ["各部门各年度问题汇总", "<th>部门</th>", ">汇总</a>", ">上传修订版</a>"],
            "findings": ["中的问题</h1>", "对比基准 2020@1", ">变化</a>", "<th>说明</th>", ">筛选</button>", ">错误</option>"],
            "finding": ["本修订版的全部问题", "<h2>复核记录</h2>", "<h2>复核决定</h2>", ">记录决定</button>", ">误报</option>"],
            "diff": ["<h1>变化："],
            "upload": ["<h1>上传修订版</h1>", "以 Wang Fang &lt;wang@example.org&gt; 的名义提交。", ">存储</button>"],
            "missing": ["<h1>404 未找到</h1>", "2021@1 中没有问题 ffffffffff"],
            "no page": ["<h1>404 未找到</h1>", "工作台没有这个页面"],
        ]
        for (name, answer) in answers {
            let text = answer.text
            XCTAssertEqual(answer.status, ["missing", "no page"].contains(name) ? 404 : 200, "\(name): \(text)", file: file, line: line)
            XCTAssertTrue(text.contains("<html lang=\"zh-CN\">"), "\(name) is marked Chinese", file: file, line: line)
            XCTAssertTrue(text.contains("\"Noto Sans CJK SC\""), "\(name) names a CJK font", file: file, line: line)
            for heading in headings[name] ?? [] {
                XCTAssertTrue(text.contains(heading), "\(name) shows \(heading): \(text)", file: file, line: line)
            }
            for english in Self.englishHeadings {
                XCTAssertFalse(text.contains(english), "\(name) shows the English \(english)", file: file, line: line)
            }
        }
        for name in ["findings", "finding"] {
            XCTAssertTrue(answers[name]?.text.contains(finding.zh) == true, "\(name) words the finding in Chinese: \(finding.zh)", file: file, line: line)
            XCTAssertFalse(answers[name]?.text.contains(finding.en) == true, "\(name) does not word it in English", file: file, line: line)
        }
    }

    private func assertEnglish(_ answers: [String: ServedWorkspace.Answer], finding: (id: String, en: String, zh: String), file: StaticString = #filePath, line: UInt = #line) {
        for (name, answer) in answers {
            XCTAssertTrue(answer.text.contains("<html lang=\"en\">"), "\(name): \(answer.text)", file: file, line: line)
            XCTAssertFalse(answer.text.contains(">汇总</a>"), name, file: file, line: line)
        }
        XCTAssertTrue(answers["summary"]?.text.contains("Findings by department and year") == true, file: file, line: line)
        XCTAssertTrue(answers["missing"]?.text.contains("<h1>404 Not Found</h1>") == true, file: file, line: line)
        XCTAssertTrue(answers["no page"]?.text.contains("the workbench has no such page") == true, file: file, line: line)
        XCTAssertTrue(answers["diff"]?.text.contains("<h1>Changes ") == true, file: file, line: line)
        for name in ["findings", "finding"] {
            XCTAssertTrue(answers[name]?.text.contains(finding.en) == true, "\(name) words the finding in English", file: file, line: line)
            XCTAssertFalse(answers[name]?.text.contains(finding.zh) == true, name, file: file, line: line)
        }
    }

    func testWithLangZhEveryPageIsChineseAndQueryEnSwitchesBack() throws {
        let finding = try chineseFinding()
        let served = try ServedWorkspace(workspace: workspace, arguments: ["--lang", "zh"], environment: ["AUDIT_AUTHOR": "Wang Fang <wang@example.org>", "LANG": "C"], scratch: root)
        let chinese = try pages(served, id: finding.id, query: "")
        assertChinese(chinese, finding: finding)
        let cli = try audit(["diff", "2020", "2021", "--format", "html", "--lang", "zh"])
        XCTAssertEqual(chinese["diff"]?.text, cli.output, "the Chinese diff page is audit diff --lang zh's own")
        assertEnglish(try pages(served, id: finding.id, query: "lang=en"), finding: finding)
    }

    func testEnglishByDefaultAndQueryZhMakesEveryPageChineseAndKeepsItInTheLinks() throws {
        let finding = try chineseFinding()
        let served = try ServedWorkspace(workspace: workspace, environment: ["AUDIT_AUTHOR": "Wang Fang <wang@example.org>", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"], scratch: root)
        assertEnglish(try pages(served, id: finding.id, query: ""), finding: finding)
        let chinese = try pages(served, id: finding.id, query: "lang=zh")
        assertChinese(chinese, finding: finding)
        let summary = try XCTUnwrap(chinese["summary"]?.text)
        XCTAssertTrue(summary.contains(#"<a href="/findings?ref=2021%401&amp;lang=zh">2021@1</a>"#), summary)
        XCTAssertTrue(summary.contains(#"<a href="/upload?lang=zh">"#), summary)
        XCTAssertTrue(summary.contains(#"href="/diff?old=2020%401&amp;new=2021%401&amp;lang=zh""#), summary)
        let findings = try XCTUnwrap(chinese["findings"]?.text)
        XCTAssertTrue(findings.contains(#"href="/finding?ref=2021%401&amp;id=\#(finding.id)&amp;lang=zh""#), findings)
        XCTAssertTrue(findings.contains(#"<input type="hidden" name="lang" value="zh">"#), "the filter form keeps the language")
        XCTAssertTrue(try XCTUnwrap(chinese["upload"]?.text).contains(#"<input type="hidden" name="lang" value="zh">"#))
        let page = try XCTUnwrap(chinese["finding"]?.text)
        let csrf = try XCTUnwrap(page.hiddenField("csrf"))
        let posted = try served.post("/triage", form: [("csrf", csrf), ("ref", "2021@1"), ("id", finding.id), ("status", "wont-fix"), ("reason", "已发布"), ("lang", "zh")])
        XCTAssertEqual(posted.status, 303, posted.text)
        XCTAssertEqual(posted.headers["location"], "/finding?ref=2021%401&id=\(finding.id)&lang=zh", "the decision's answer stays Chinese")
        let decided = try served.get("/?lang=zh").text
        XCTAssertTrue(decided.contains("<td>不予修改 1</td>"), "the summary counts the decision by its Chinese status: \(decided)")
        XCTAssertTrue(try served.get("/").text.contains("<td>wont-fix 1</td>"))
        let refused = try served.post("/triage", form: [("ref", "2021"), ("id", finding.id), ("status", "wont-fix"), ("reason", "x"), ("lang", "zh")])
        XCTAssertEqual(refused.status, 403)
        XCTAssertTrue(refused.text.contains("表单的 CSRF 令牌缺失或已过期"), refused.text)
    }

    func testAZhLocaleOrAuditsLangBeforeOrAfterServeServesChinese() throws {
        for (arguments, environment) in [
            (["serve", "--port", "0", "--lang", "zh"], ["LANG": "C"]),
            (["--lang", "zh", "serve", "--port", "0"], ["LANG": "C"]),
            (["serve", "--port", "0"], ["LC_ALL": "", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"]),
        ] {
            let started = try start(arguments, environment: environment)
            defer { started.process.terminate(); started.process.waitUntilExit() }
            let base = try XCTUnwrap(waitForAddress(started.stdout), "\(arguments) \(environment)")
            let summary = try String(contentsOf: base, encoding: .utf8)
            XCTAssertTrue(summary.contains("<h1>各部门各年度问题汇总</h1>"), "\(arguments) \(environment): \(summary)")
        }
        let english = try start(["serve", "--port", "0", "--lang", "en"], environment: ["LC_ALL": "zh_CN.UTF-8"])
        defer { english.process.terminate(); english.process.waitUntilExit() }
        let base = try XCTUnwrap(waitForAddress(english.stdout))
        XCTAssertTrue(try String(contentsOf: base, encoding: .utf8).contains("<h1>Findings by department and year</h1>"), "--lang en beats the locale")
    }

    func testAScriptInTheReportRendersAsTextInChinese() throws {
        try commit("2022", try HostileReport.write(in: root))
        let served = try ServedWorkspace(workspace: workspace, arguments: ["--lang", "zh"], scratch: root)
        let findings = try served.get("/findings?ref=2022&q=" + ServedWorkspace.encode("pwned"))
        XCTAssertTrue(findings.text.contains("中的问题</h1>"), findings.text)
        let id = try XCTUnwrap(findings.text.firstMatch(of: #/id=([0-9a-f]{10})"/#).map { String($0.1) }, findings.text)
        let page = try served.get("/finding?ref=2022&id=\(id)")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("<h2>复核记录</h2>"), page.text)
        XCTAssertTrue(page.text.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"), page.text)
        XCTAssertFalse(page.text.contains("<script"))
        XCTAssertFalse(page.text.contains("<img src=x"))
        let reflected = try served.get("/findings?ref=2022&lang=zh&q=" + ServedWorkspace.encode("\"><script>alert(2)</script>"))
        XCTAssertTrue(reflected.text.contains("value=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""), reflected.text)
        XCTAssertFalse(reflected.text.contains("<script"))
        let missing = try served.get("/findings?ref=" + ServedWorkspace.encode("<script>x</script>"))
        XCTAssertEqual(missing.status / 100, 4, missing.text)
        XCTAssertFalse(missing.text.contains("<script"), missing.text)
        XCTAssertTrue(missing.text.contains("<html lang=\"zh-CN\">"), missing.text)
    }

    func testTheUploadsResultAndItsRefusalsSpeakTheFormsLanguage() throws {
        let served = try ServedWorkspace(workspace: workspace, environment: ["AUDIT_AUTHOR": "Zhao Lei <zhao@example.org>", "LC_ALL": "C"], scratch: root)
        let form = try served.get("/upload?lang=zh")
        let csrf = try XCTUnwrap(form.text.hiddenField("csrf"))
        let upload = ServedWorkspace.multipart([("csrf", csrf), ("version", "2022"), ("lang", "zh")], file: ("2022.txt", try Data(contentsOf: sampleReport)))
        let stored = try served.post("/upload", body: upload.body, contentType: upload.type)
        XCTAssertEqual(stored.status, 303, stored.text)
        XCTAssertEqual(stored.headers["location"], "/findings?ref=2022%401&lang=zh", "the new revision's findings, still in Chinese")
        let findings = try served.get(try XCTUnwrap(stored.headers["location"]))
        XCTAssertTrue(findings.text.contains("<h1>2022@1 "), findings.text)
        XCTAssertTrue(findings.text.contains("对比基准 2021@1"), findings.text)
        let blank = ServedWorkspace.multipart([("csrf", csrf), ("version", "2023"), ("lang", "zh")], file: ("blank.txt", Data("   \n".utf8)))
        let refused = try served.post("/upload", body: blank.body, contentType: blank.type)
        XCTAssertEqual(refused.status, 400)
        XCTAssertTrue(refused.text.contains("<h1>400 请求有误</h1>"), refused.text)
        XCTAssertTrue(refused.text.contains("文件为空："), "the store's own Chinese wording: \(refused.text)")
        let english = ServedWorkspace.multipart([("csrf", csrf), ("version", "2023")], file: nil)
        let noFile = try served.post("/upload", body: english.body, contentType: english.type)
        XCTAssertTrue(noFile.text.contains("<p class=\"problem\">no file uploaded</p>"), noFile.text)
    }

    func testATokenRefusalIsChineseOnAChineseServer() throws {
        let token = "t0ken-for-the-test-0123456789"
        let served = try ServedWorkspace(workspace: workspace, arguments: ["--lang", "zh", "--token", token], scratch: root)
        let refused = try served.get("/findings?ref=2021")
        XCTAssertEqual(refused.status, 401)
        XCTAssertTrue(refused.text.contains("<h1>401 需要令牌</h1>"), refused.text)
        XCTAssertTrue(refused.text.contains("本工作台需要令牌：请打开 audit serve 打印的链接"), refused.text)
        let english = try served.get("/findings?ref=2021&lang=en")
        XCTAssertTrue(english.text.contains("this workbench needs its token"), english.text)
    }

    private func start(_ arguments: [String], environment: [String: String]) throws -> (process: Process, stdout: URL, stderr: URL) {
        try AuditBinary.start(arguments + ["--workspace", workspace.path], environment: environment, in: root, scratch: root)
    }

    /// The address `audit serve` prints once listening.
    private func waitForAddress(_ output: URL) -> URL? {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let printed = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let range = printed.range(of: #"http://[^ ]+/"#, options: .regularExpression) { return URL(string: String(printed[range])) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }
}
