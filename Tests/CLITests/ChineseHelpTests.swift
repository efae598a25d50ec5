import Foundation
import TestSupport
import XCTest

/// `--help` and ArgumentParser's usage errors in Chinese, by `--lang zh` and by
/// `LANG=zh_CN.UTF-8`; the English help is left as it was.
final class ChineseHelpTests: WorkspaceTestCase {
    private static let zhLocale = ["LANG": "zh_CN.UTF-8"]

    private static let subcommands = [
        "init", "commit", "log", "show", "diff", "check", "summary", "dups", "findings", "history", "triage",
        "report", "plugins", "rules", "remote", "remote add", "remote list", "push", "pull", "clone", "status", "serve",
    ]

    /// The rule: every line of a Chinese help page that has Latin letters also has a CJK
    /// character, except a line made only of what stays as it is in both languages: option
    /// names (`--fail-on`, `-o`), metavariables (`<ref>`), command names, the values an option
    /// takes, URL schemes (`https://`), `[`, `]`, `|`, `...`, punctuation and the allowed terms below. A wrapped line of a
    /// Chinese sentence always keeps some Chinese, so an English sentence of ours cannot pass.
    private static let allowedTerms = Set([
        "audit", "audit-serve", "help", "SARIF", "CSV", "XLSX", "PDF", "HTML", "JSON", "YAML", "git", "ssh", "URL", "DIR", "NAME",
        "text", "json", "sarif", "markdown", "html", "csv", "xlsx", "en", "zh", "error", "warning", "note", "never",
        "confirmed", "accepted", "false-positive", "wont-fix", "under-review", "origin", "audit.yml", "UTF-8", "T",
    ] + subcommands.flatMap { $0.split(separator: " ").map(String.init) })

    private static func englishLines(of help: String) -> [String] {
        help.split(separator: "\n").map(String.init).filter { line in
            guard line.contains(where: { $0.isASCII && $0.isLetter }) else { return false }
            if line.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { return false }
            let words = line.replacingOccurrences(of: "[a-z]+://", with: " ", options: .regularExpression).split(whereSeparator: { " ,;:()[]|.…".contains($0) || $0 == "\u{FF08}" || $0 == "\u{FF09}" })
            return !words.allSatisfy { word in
                word.hasPrefix("-") || (word.hasPrefix("<") && word.hasSuffix(">")) || allowedTerms.contains(String(word))
                    || word.allSatisfy { !$0.isLetter }
            }
        }
    }

    private func bothWays(_ arguments: [String], line: UInt = #line) throws -> [AuditResult] {
        let byOption = try audit(arguments + ["--lang", "zh"])
        let byLocale = try audit(arguments, environment: Self.zhLocale)
        XCTAssertEqual(byOption.output, byLocale.output, "\(arguments)", line: line)
        return [byOption, byLocale]
    }

    func testEveryHelpPageIsChinese() throws {
        let pages = [["--help"], ["help"]] + Self.subcommands.flatMap { command -> [[String]] in
            let words = command.split(separator: " ").map(String.init)
            return command == "serve" ? [words + ["--help"]] : [words + ["--help"], ["help"] + words]
        }
        for page in pages {
            for result in try bothWays(page) {
                XCTAssertEqual(result.status, 0, "\(page): \(result.stderr)")
                let help = result.output
                XCTAssertTrue(help.contains("用法：") && help.contains("选项："), "\(page): \(help)")
                XCTAssertEqual(Self.englishLines(of: help), [], "\(page): \(help)")
                for english in ["USAGE:", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:", "OVERVIEW:", "Show help information", "(default:", "(values:"] {
                    XCTAssertFalse(help.contains(english), "\(page): \(english)")
                }
            }
        }
        let root = try audit(["--help", "--lang", "zh"]).output
        XCTAssertTrue(root.hasPrefix("概述：部门决算审核工作台。\n"), root)
        XCTAssertTrue(root.contains("子命令：\n  init                    创建工作区及其 git 存储（已存在则不做任何事）。\n"), root)
        XCTAssertTrue(root.hasSuffix("  各子命令的详细帮助：'audit help <subcommand>'。\n"), root)
        let check = try audit(["check", "--help", "--lang", "zh"]).output
        XCTAssertTrue(check.contains("参数：\n  <ref>                   要检查的修订版本："), check)
        XCTAssertTrue(check.contains("取值之一：text、json、sarif、markdown。（可选值：text, json,\n"), check)
        XCTAssertTrue(check.contains(" sarif, markdown；默认：text）\n"), check)
        XCTAssertTrue(check.contains("  -h, --help              显示帮助信息。\n"), check)
    }

    /// The rule above catches an English help line: the check is not vacuous.
    func testTheRuleFindsEnglish() {
        XCTAssertEqual(Self.englishLines(of: "  --all                   Show triaged findings in text output too."), ["  --all                   Show triaged findings in text output too."])
        XCTAssertEqual(Self.englishLines(of: "用法：audit check <ref>\n  [--fail-on <fail-on>] [--all]\n  init   创建工作区"), [])
    }

    func testEnglishHelpIsUnchanged() throws {
        let root = try audit(["--help"]).output
        XCTAssertTrue(root.hasPrefix("OVERVIEW: A workbench for auditing department final-accounts reports (部门决算).\n"), root)
        XCTAssertTrue(root.hasSuffix("  See 'audit help <subcommand>' for detailed help.\n"), root)
        let check = try audit(["check", "--help", "--lang", "en"]).output
        XCTAssertTrue(check.contains("ARGUMENTS:\n  <ref>                   The revision to check: 2021 (latest), 2021@1, or a\n"), check)
        XCTAssertTrue(check.contains("(values: text,\n                          json, sarif, markdown; default: text)"), check)
        XCTAssertEqual(try audit(["check", "--help"], environment: Self.zhLocale).output.contains("OPTIONS:"), false)
    }

    /// Each message form of ArgumentParser, in Chinese, with the user's input quoted as given
    /// and exit status 2.
    func testUsageErrorsInChinese() throws {
        let cases: [([String], String)] = [
            (["check"], "audit: 缺少参数 '<ref>'\n"),
            (["check", "2021", "--bogus"], "audit: 未知选项 '--bogus'\n"),
            (["check", "2021", "extra"], "audit: 多余的参数 'extra'（不是子命令，也不是此命令的参数）\n"),
            (["frob"], "audit: 多余的参数 'frob'（不是子命令，也不是此命令的参数）\n"),
            (["check", "1", "2", "3"], "audit: 多余的参数 2 个：'2', '3'\n"),
            (["check", "2021", "--fail-on", "bad"], "audit: 值 'bad' 对 '--fail-on <fail-on>' 无效；请给出以下之一：'error'、'warning'、'note'、'never'\n"),
            (["check", "2021", "--format"], "audit: 选项 '--format <format>' 缺少值\n"),
            (["check", "2021", "-o"], "audit: 选项 '-o <file>' 缺少值\n"),
            (["check", "2021", "--all=yes"], "audit: 选项 '--all' 不带值，却给了 'yes'\n"),
            (["show", "2021", "--raw", "--json"], "audit: 标志 '--json' 与已给出的 标志 '--raw' 不能同时使用\n"),
            (["check", "2021", "--bo\u{1B}[31mgus\nx"], "audit: 未知选项 '--bo␛[31mgus\\nx'\n"),
        ]
        for (arguments, expected) in cases {
            for result in try bothWays(arguments) {
                XCTAssertEqual(result.status, 2, "\(arguments)")
                XCTAssertEqual(result.stderr, expected, "\(arguments)")
                XCTAssertEqual(result.output, "", "\(arguments)")
            }
        }
        // A bad language is refused in the language of the locale.
        let badLanguage = try audit(["log", "--lang", "fr"], environment: Self.zhLocale)
        XCTAssertEqual(badLanguage.status, 2)
        XCTAssertEqual(badLanguage.stderr, "audit: 值 'fr' 对 '--lang <lang>' 无效；请给出以下之一：'en'、'zh'\n")
    }

    func testUsageErrorsInEnglishAreUnchanged() throws {
        let cases: [([String], String)] = [
            (["check"], "audit: Missing expected argument '<ref>'\n"),
            (["frob"], "audit: Unexpected argument 'frob'\n"),
            (["check", "2021", "--fail-on", "bad"], "audit: The value 'bad' is invalid for '--fail-on <fail-on>'. Please provide one of 'error', 'warning', 'note' or 'never'.\n"),
            (["check", "2021", "--format"], "audit: Missing value for '--format <format>'\n"),
        ]
        for (arguments, expected) in cases {
            let result = try audit(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertEqual(result.stderr, expected, "\(arguments)")
        }
    }

    /// `audit-serve`, which `audit serve` runs, speaks the same way.
    func testServeHelpAndErrorsInChinese() throws {
        for result in try bothWays(["serve", "--help"]) {
            XCTAssertTrue(result.output.hasPrefix("概述：在浏览器中以审阅工作台提供工作区"), result.output)
            XCTAssertEqual(Self.englishLines(of: result.output), [], result.output)
        }
        for result in try bothWays(["serve", "--port", "x"]) {
            XCTAssertEqual(result.status, 2)
            XCTAssertEqual(result.stderr, "audit: 值 'x' 对 '--port <port>' 无效\n")
        }
        let english = try audit(["serve", "--port", "x"])
        XCTAssertEqual(english.stderr, "audit: The value 'x' is invalid for '--port <port>'\n")
    }
}
