import CheckerKit
import Foundation
import Localization
import TestSupport
import XCTest

/// A pack's mistakes in Chinese through the built `audit`, chosen by `--lang zh` and again by
/// `LANG=zh_CN.UTF-8`: one line `audit: FILE:LINE:COLUMN: <the problem in Chinese>`, the place
/// exactly as in English, exit status 2, nothing checked. One case per kind of mistake.
final class PackErrorChineseTests: WorkspaceTestCase {
    private static let base = PackErrorTests.base
    private static let tables = "表1、表2、表3、表4、表5、表6、表7、表8、表9、表10"

    /// (file, pack text, the error in Chinese)
    private static let cases: [(String, String, String)] = [
        ("region.yml", "id: x\ntables: [表1\n", "rules/region.yml:3:1: 不是有效的 YAML：did not find expected ',' or ']'"),
        ("region.yml", base + "colour: blue\n",
         "rules/region.yml:11:1: 未知的键 'colour'（已有：id、name、extends、families、sections、tables、identities、drop、restatements）"),
        ("region.yml", base + "  - id: other\n    equal: [表12 / 合计, 表10 / 合计]\n", "rules/region.yml:12:13: 未知的表 '表12'（已有：\(tables)）"),
        ("region.yml", base + "  - id: other\n    equal: [表10 / 合计 / 决算数, 表7 / only / 决算数·会议费]\n",
         "rules/region.yml:12:13: 表10 中未知的列 '决算数'（已有：金额）"),
        ("region.yml", base + "  - id: other\n    equal: [表10 / 差旅费, 表10 / 合计]\n",
         "rules/region.yml:12:13: 表10 中未知的行 '差旅费'（已有：会议费、培训费、合计）"),
        ("one.yml", "id: one\nextends: one\n", "rules/one.yml:2:10: 循环引用：one 继承 one"),
        ("region.yml", base.replacingOccurrences(of: "columns: [金额]", with: "columns: 金额"), "rules/region.yml:6:14: 应为列表，实为 '金额'"),
        ("region.yml", base + "  - id: other\n    rule: cross-tabel\n    equal: [表10 / 合计, 表10 / 会议费]\n",
         "rules/region.yml:12:11: 未知的规则 'cross-tabel'（已有：cross-table、summary-table、row-sum、total-row、coded-hierarchy）"),
        ("region.yml", base + "restatements:\n  - id: meeting-fees\n    pattern: '(会议费\\s*{number}\\s*万元'\n    cell: 表10 / 会议费\n",
         "rules/region.yml:13:14: 正则表达式无效：(会议费\\s*{number}\\s*万元"),
        ("region.yml", base + "restatements:\n  - id: meeting-fees\n    pattern: '(会议费)\\s*{number}\\s*万元'\n",
         "rules/region.yml:12:5: 复述规则 'meeting-fees' 须有 pattern（模式）和 cell（单元格）"),
        ("region.yml", base + "  - id: columns\n    rule: total-row\n    each-column: {table: 表6, total: \"*合计\", parts: [{codes: 7}]}\n",
         "rules/region.yml:13:52: 表6 的支出经济分类科目编码为 3、5 位，不是 7 位"),
        ("region.yml", base + "  - id: rows\n    rule: row-sum\n    each-row: {table: 表4:收支, total: 合计, parts: [一般公共预算财政拨款]}\n",
         "rules/region.yml:13:37: 表4 没有 '收支' 栏（已有：收入、支出）"),
    ]

    func testEachKindOfPackMistakeIsOneChineseLineAtTheSamePlace() throws {
        try commit("2021", sampleReport)
        let rules = workspace.appendingPathComponent("rules")
        for (name, yaml, chinese) in Self.cases {
            try? FileManager.default.removeItem(at: rules)
            try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
            try yaml.write(to: rules.appendingPathComponent(name), atomically: true, encoding: .utf8)
            let english = try audit(["check", "2021"])
            for result in [try audit(["check", "2021", "--lang", "zh"]), try audit(["check", "2021"], environment: ["LANG": "zh_CN.UTF-8"])] {
                XCTAssertEqual(result.status, 2, result.stderr)
                XCTAssertEqual(result.stderr, "audit: \(chinese)\n")
                XCTAssertEqual(result.output, "")
            }
            XCTAssertEqual(english.status, 2)
            let place = String(chinese.prefix { $0 != " " })
            XCTAssertTrue(english.stderr.hasPrefix("audit: \(place) "), "English and Chinese name different places: \(english.stderr)")
            XCTAssertEqual(english.stderr.filter { $0 == "\n" }.count, 1, english.stderr)
        }
    }

    /// A checker asking for an option it never declared, or as another kind: both wordings.
    func testCheckerConfigurationErrorsAreWordedInBothLanguages() {
        let configuration = CheckerConfiguration(values: ["narrative": .bool(true)])
        XCTAssertThrowsError(try configuration.integer("narrative")) { error in
            XCTAssertEqual(String(describing: error), "option 'narrative' is not an integer")
            XCTAssertEqual((error as? LocalizedFailure)?.wording.zh, "选项 'narrative' 不是整数")
        }
        XCTAssertThrowsError(try configuration.text("tolerance")) { error in
            XCTAssertEqual(String(describing: error), "option 'tolerance' is not declared by the checker")
            XCTAssertEqual((error as? LocalizedFailure)?.wording.zh, "选项 'tolerance' 未由该检查器声明")
        }
    }

    func testAnUnknownForcedPackInChinese() throws {
        try commit("2021", sampleReport)
        try "rule-pack: hainan-2021\n".write(to: workspace.appendingPathComponent("audit.yml"), atomically: true, encoding: .utf8)
        let result = try audit(["check", "2021", "--lang", "zh"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "audit: audit.yml: rule-pack 'hainan-2021' 不是已有的规则包（已有：guangdong-2021、national、shanghai-2024）\n")
    }

    /// audit.yml's YAML mistakes: the line Yams names in front, its own reason quoted as it is.
    func testBrokenAuditYamlNamesItsLineInBothLanguages() throws {
        try "checkers: [total-reconciliation\n".write(to: workspace.appendingPathComponent("audit.yml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try audit(["plugins", "--lang", "zh"]).stderr, "audit: audit.yml:2: 不是有效的 YAML：did not find expected ',' or ']'\n")
        XCTAssertEqual(try audit(["plugins"], environment: ["LANG": "zh_CN.UTF-8"]).stderr, "audit: audit.yml:2: 不是有效的 YAML：did not find expected ',' or ']'\n")
        let english = try audit(["plugins"])
        XCTAssertEqual(english.status, 2)
        XCTAssertEqual(english.stderr, "audit: audit.yml:2: not valid YAML: did not find expected ',' or ']'\n")
    }
}
