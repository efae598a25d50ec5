import AuditEngine
import CheckerKit
import FindingsModel
import Foundation
import TestSupport
import XCTest

/// The renderers in Chinese over a real run of the seed: SARIF still valid, the same
/// fingerprints in both languages, each message the finding's Chinese wording; and findings
/// recorded before they carried Chinese read as English.
final class ChineseRenderingTests: XCTestCase {
    private static let run = Result { try SampleRun.run() }

    private func sarif(_ language: Language) throws -> [String: Any] {
        let text = try OutputFormat.sarif.render(Self.run.get(), subject: SampleRun.subject, colour: false, language: language)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testChineseSARIFValidatesAndKeepsTheFingerprints() throws {
        let run = try Self.run.get()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("audit-zh-\(UUID()).sarif")
        defer { try? FileManager.default.removeItem(at: file) }
        try OutputFormat.sarif.render(run, subject: SampleRun.subject, colour: false, language: .zh).write(to: file, atomically: true, encoding: .utf8)
        let validated = try ExternalCommand.validate(file, against: Fixtures.sarifSchema)
        XCTAssertEqual(validated.output, "valid\n")

        let (chinese, english) = (try sarif(.zh), try sarif(.en))
        let zhRun = try XCTUnwrap((chinese["runs"] as? [[String: Any]])?.first)
        let enRun = try XCTUnwrap((english["runs"] as? [[String: Any]])?.first)
        XCTAssertEqual(zhRun["language"] as? String, "zh-CN")
        XCTAssertNil(enRun["language"], "English is SARIF's default and is not named")
        let zhResults = try XCTUnwrap(zhRun["results"] as? [[String: Any]])
        let enResults = try XCTUnwrap(enRun["results"] as? [[String: Any]])
        XCTAssertEqual(zhResults.count, run.findings.count)
        XCTAssertEqual(zhResults.map { $0["partialFingerprints"] as? [String: String] }, enResults.map { $0["partialFingerprints"] as? [String: String] })
        let texts = zhResults.map { ($0["message"] as? [String: Any])?["text"] as? String }
        XCTAssertEqual(texts, run.findings.map { $0.message(in: .zh) })
        XCTAssertTrue(texts.contains { $0?.contains("勾稽关系不符") == true }, "\(texts)")
    }

    func testChineseTextAndMarkdownSpeakChineseAroundTheFindings() throws {
        let run = try Self.run.get()
        let text = try OutputFormat.text.render(run, subject: SampleRun.subject, colour: false, language: .zh)
        XCTAssertTrue(text.hasPrefix("2021@1 的检查结果\n"), text)
        XCTAssertTrue(text.contains("检查结果：错误 \(run.count(.error)) 项，警告 \(run.count(.warning)) 项，提示 \(run.count(.note)) 项\n"), text)
        XCTAssertTrue(text.contains("total-reconciliation.enumeration — 其中项不超过总数"), text)
        XCTAssertFalse(text.contains("Findings"), text)
        let markdown = try OutputFormat.markdown.render(run, subject: SampleRun.subject, colour: false, language: .zh)
        XCTAssertTrue(markdown.hasPrefix("# 2021@1 审核结果\n"), markdown)
        XCTAssertTrue(markdown.contains("| 级别 | 位置 | 行 | 说明 |"), markdown)
        // JSON: the message in the chosen language, the Chinese kept beside it either way.
        let json = try OutputFormat.json.render(run, subject: SampleRun.subject, colour: false, language: .zh)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let findings = try XCTUnwrap(document["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.map { $0["message"] as? String }, run.findings.map { $0.message(in: .zh) })
    }

    /// A record written before findings carried Chinese has no `messageZh`: it reads, and shows English.
    func testAFindingRecordedInEnglishOnlyShowsEnglish() throws {
        let old = #"{"ruleID":"total-reconciliation.row-sum","level":"error","message":"表2 合计 1 ≠ 2","locations":[],"relatedLocations":[],"fingerprint":"abc"}"#
        let finding = try JSONDecoder().decode(Finding.self, from: Data(old.utf8))
        XCTAssertNil(finding.messageZh)
        XCTAssertEqual(finding.message(in: .zh), "表2 合计 1 ≠ 2")
        let both = Finding(ruleID: "x.y", level: .note, message: LocalizedText(en: "one", zh: "一"), locations: [])
        let reread = try JSONDecoder().decode(Finding.self, from: JSONEncoder().encode(both))
        XCTAssertEqual(reread.message(in: .zh), "一")
        XCTAssertEqual(reread.message(in: .en), "one")
        XCTAssertEqual(reread.fingerprint, Finding(ruleID: "x.y", level: .note, message: "another wording", locations: []).fingerprint,
                       "the fingerprint does not depend on the wording")
    }

    /// POSIX order: LC_ALL, then LC_MESSAGES, then LANG; the first set and non-empty decides.
    func testTheLocaleVariablesChooseInPOSIXOrder() {
        XCTAssertEqual(Language(environment: [:]), .en)
        XCTAssertEqual(Language(environment: ["LANG": "zh_CN.UTF-8"]), .zh)
        XCTAssertEqual(Language(environment: ["LANG": "zh_TW.Big5"]), .zh)
        XCTAssertEqual(Language(environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "C"]), .en)
        XCTAssertEqual(Language(environment: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"]), .zh)
        XCTAssertEqual(Language(environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN"]), .zh)
        XCTAssertEqual(Language(environment: ["LC_ALL": "zh_HK.UTF-8", "LC_MESSAGES": "en_GB", "LANG": "C"]), .zh)
        XCTAssertEqual(Language(environment: ["LANG": "C.UTF-8"]), .en)
    }
}
