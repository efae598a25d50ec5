import Foundation
import RulePacks
import TestSupport
import XCTest

/// Each mistake a pack author can make is one line naming the file, line and column and what is
/// wrong; through `audit check` it is `audit: <that line>`, exit status 2, before any checking.
final class PackErrorTests: WorkspaceTestCase {
    /// A small valid pack extending the seed's, to which each case adds one mistake (here and in
    /// PackErrorChineseTests).
    static let base = """
        id: region
        extends: guangdong-2021
        tables:
          表10:
            title: 会议费和培训费决算明细表
            columns: [金额]
            rows: [会议费, 培训费, 合计]
        identities:
          - id: meetings
            sum: {total: 表10 / 合计, parts: [表10 / 会议费, 表10 / 培训费]}

        """

    /// The English line of the pack's error; every case also passes `PackErrorWording.check`,
    /// so each mistake named here has its Chinese wording at the same place.
    private func error(_ yaml: String, file: String = "rules/region.yml", line: UInt = #line) -> String {
        do {
            _ = try PackLibrary.parse([(file, yaml)])
            return "no error"
        } catch {
            PackErrorWording.check(error, line: line)
            return String(describing: error)
        }
    }

    func testTheBasePackIsValid() throws {
        let library = try PackLibrary.parse([("rules/region.yml", Self.base)])
        XCTAssertEqual(library.pack("region")?.table("表10")?.rows, ["会议费", "培训费", "合计"])
        XCTAssertEqual(library.pack("region")?.identities.last?.id, "meetings")
    }

    func testUnknownTable() {
        let yaml = Self.base + "  - id: other\n    equal: [表12 / 合计, 表10 / 合计]\n"
        XCTAssertEqual(error(yaml), "rules/region.yml:12:13: unknown table '表12' (known: 表1, 表2, 表3, 表4, 表5, 表6, 表7, 表8, 表9, 表10)")
    }

    func testUnknownColumn() {
        let yaml = Self.base + "  - id: other\n    equal: [表10 / 合计 / 决算数, 表7 / only / 决算数·会议费]\n"
        XCTAssertEqual(error(yaml), "rules/region.yml:12:13: unknown column '决算数' of 表10 (known: 金额)")
    }

    func testUnknownColumnOfTheSecondCell() {
        let yaml = Self.base + "  - id: other\n    equal: [表10 / 会议费, 表7 / only / 决算数·会议费]\n"
        XCTAssertTrue(error(yaml).hasPrefix("rules/region.yml:12:24: unknown column '决算数·会议费' of 表7 (known: 预算数·合计,"), error(yaml))
    }

    func testUnknownRow() {
        let yaml = Self.base + "  - id: other\n    equal: [表10 / 差旅费, 表10 / 合计]\n"
        XCTAssertEqual(error(yaml), "rules/region.yml:12:13: unknown row '差旅费' of 表10 (known: 会议费, 培训费, 合计)")
    }

    func testACodeOnAnUncodedTable() {
        let yaml = Self.base + "  - id: other\n    equal: [表10 / 30215, 表10 / 合计]\n"
        XCTAssertEqual(error(yaml), "rules/region.yml:12:13: row '30215': 表10 has no coded rows")
    }

    func testACycleOfExtends() {
        let one = "id: one\nextends: two\n"
        let two = "id: two\nextends: one\n"
        do {
            _ = try PackLibrary.parse([("rules/one.yml", one), ("rules/two.yml", two)])
            XCTFail("a cycle must be refused")
        } catch {
            PackErrorWording.check(error)
            XCTAssertEqual(String(describing: error), "rules/two.yml:2:10: cycle: one extends two extends one")
        }
    }

    func testAPackExtendingItself() {
        XCTAssertEqual(error("id: self\nextends: self\n"), "rules/region.yml:2:10: cycle: self extends self")
    }

    func testTypeErrors() {
        XCTAssertEqual(error(Self.base.replacingOccurrences(of: "columns: [金额]", with: "columns: 金额")),
                       "rules/region.yml:6:14: expected a list, got '金额'")
        XCTAssertEqual(error(Self.base.replacingOccurrences(of: "    sum: {", with: "    sum: [").replacingOccurrences(of: "培训费]}", with: "培训费]]")),
                       "rules/region.yml:10:10: expected a mapping, got a list")
        XCTAssertEqual(error(Self.base + "  - id: other\n    equal: [表10 / 合计]\n"), "rules/region.yml:12:12: 'equal' names two cells")
        XCTAssertEqual(error(Self.base + "  - id: other\n    rule: cross-tabel\n    equal: [表10 / 合计, 表10 / 会议费]\n"),
                       "rules/region.yml:12:11: unknown rule 'cross-tabel' (known: cross-table, summary-table, row-sum, total-row, coded-hierarchy)")
        XCTAssertEqual(error(Self.base.replacingOccurrences(of: "    title: 会议费", with: "    kind: meetings\n    title: 会议费")),
                       "rules/region.yml:5:11: unknown table kind 'meetings' (known: income-expenditure-summary, income, expenditure, fiscal-appropriation-summary, general-budget-expenditure, basic-expenditure-detail, three-public-expenses, government-fund, state-capital)")
    }

    /// `each-row` names a table and its columns; each mistake is named where it is written.
    func testEachRowMistakes() {
        let cases = [
            ("    each-row: {table: 表3, total: 本年支出合计, parts: [基本支出, 项目支岀]}\n",
             "rules/region.yml:13:56: unknown column '项目支岀' of 表3 (known: 本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出)"),
            ("    each-row: {table: 表12, total: 合计, parts: [基本支出]}\n",
             "rules/region.yml:13:35: unknown table '表12' (known: 表1, 表2, 表3, 表4, 表5, 表6, 表7, 表8, 表9, 表10)"),
            ("    each-row: {table: 表4:收支, total: 合计, parts: [一般公共预算财政拨款]}\n",
             "rules/region.yml:13:37: unknown side '收支' of 表4 (known: 收入, 支出)"),
            ("    each-row: {table: 表5, total: [总额, 小计], parts: [基本支出]}\n",
             "rules/region.yml:13:35: unknown column '总额' of 表5 (known: 本年支出合计, 基本支出, 项目支出)"),
            ("    each-row: {table: 表3, parts: [基本支出]}\n",
             "rules/region.yml:13:15: 'each-row' needs a table, a total column and at least one part column"),
            ("    each-row: {table: 表3, total: 本年支出合计 / 合计, parts: [基本支出]}\n",
             "rules/region.yml:13:34: expected a column name, got '本年支出合计 / 合计'"),
            ("    for-each: {rows-of: 表3}\n    each-row: {table: 表3, total: 本年支出合计, parts: [基本支出]}\n",
             "rules/region.yml:11:5: identity 'rows': 'each-row' states itself in every row, it takes no for-each or when"),
            ("    sum: {total: 表10 / 合计, parts: [表10 / 会议费]}\n    each-row: {table: 表3, total: 本年支出合计, parts: [基本支出]}\n",
             "rules/region.yml:14:5: an identity is one of equal, sum, bound, each-row, each-column"),
        ]
        for (entry, expected) in cases {
            XCTAssertEqual(error(Self.base + "  - id: rows\n    rule: row-sum\n" + entry), expected)
        }
    }

    /// `each-column` (the summary tables' sides, 合计 rows): tables, sides, rows by label pattern,
    /// row filters, and what the form does not take.
    func testEachColumnMistakes() {
        let cases = [
            ("    each-column: {table: [表2, 表12], total: 合计, parts: [{codes: 3}]}\n",
             "rules/region.yml:13:31: unknown table '表12' (known: 表1, 表2, 表3, 表4, 表5, 表6, 表7, 表8, 表9, 表10)"),
            ("    each-column: {table: 表4:收支, total: 总计, parts: [本年*合计]}\n",
             "rules/region.yml:13:26: unknown side '收支' of 表4 (known: 收入, 支出)"),
            ("    each-column: {table: 表1, total: 本年*总计, parts: [{ordinal: true, above-total: true}]}\n",
             "rules/region.yml:13:37: unknown row '本年*总计' of 表1 (known: 一般公共预算财政拨款收入, 政府性基金预算财政拨款收入, 国有资本经营预算财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入, 本年收入合计, 本年支出合计, 年初结转和结余, 年末结转和结余, 总计)"),
            ("    each-column: {table: 表10, total: 合计, parts: [{codes: 3}]}\n",
             "rules/region.yml:13:50: 表10 has no coded rows"),
            ("    each-column: {table: 表6, total: \"*合计\", parts: [{codes: 7}]}\n",
             "rules/region.yml:13:52: 表6's economic codes have 3, 5 digits, not 7"),
            ("    each-column: {table: 表2, total: 合计, parts: [{codes: 4}]}\n",
             "rules/region.yml:13:57: expected 3, 5 or 7, got '4'"),
            ("    each-column: {table: 表2, total: 合计, parts: [{level: 3}]}\n",
             "rules/region.yml:13:50: unknown key 'level' (known: ordinal, coded, codes, contains, above-total)"),
            ("    each-column: {table: 表2, total: 合计, parts: [{ordinal: maybe}]}\n",
             "rules/region.yml:13:59: expected true or false, got 'maybe'"),
            ("    each-column: {table: 表2, parts: [{codes: 3}]}\n",
             "rules/region.yml:13:18: 'each-column' needs a table, a total row and at least one part"),
            ("    place: \"{first}\"\n    each-column: {table: 表2, total: 合计, parts: [{codes: 3}]}\n",
             "rules/region.yml:11:5: identity 'columns': 'each-column' states itself in every column, it takes no for-each, when or place"),
        ]
        for (entry, expected) in cases {
            XCTAssertEqual(error(Self.base + "  - id: columns\n    rule: total-row\n" + entry), expected)
        }
    }

    /// Restatements: the pattern (placeholders, a valid expression capturing subject and
    /// figure) and the cell (table, side, row, column, placeholders).
    func testRestatementMistakes() {
        let cases = [
            ("    pattern: '(会议费)\\s*{number}\\s*万元'\n    cell: 表12 / 会议费\n", "rules/region.yml:14:11: unknown table '表12' (known: 表1, 表2, 表3, 表4, 表5, 表6, 表7, 表8, 表9, 表10)"),
            ("    pattern: '(会议费)\\s*{number}\\s*万元'\n    cell: 表10 / 差旅费\n", "rules/region.yml:14:11: unknown row '差旅费' of 表10 (known: 会议费, 培训费, 合计)"),
            ("    pattern: '(会议费)\\s*{number}\\s*万元'\n    cell: 表10 / 会议费 / 决算数\n", "rules/region.yml:14:11: unknown column '决算数' of 表10 (known: 金额)"),
            ("    pattern: '(会议费)\\s*{number}\\s*万元'\n    cell: 表4:收支 / 总计\n", "rules/region.yml:14:11: unknown side '收支' of 表4 (known: 收入, 支出)"),
            ("    pattern: '(会议费)\\s*{number}\\s*万元'\n    cell: 表10 / {item}\n", "rules/region.yml:14:11: '{item}' is not a placeholder of restatements (known: {subject})"),
            ("    pattern: '(会议费)\\s*{numbr}\\s*万元'\n    cell: 表10 / 会议费\n", "rules/region.yml:13:14: unknown placeholder '{numbr}' (known: {number}, {boundary}, {subjects})"),
            ("    pattern: '(会议费\\s*{number}\\s*万元'\n    cell: 表10 / 会议费\n", "rules/region.yml:13:14: not a valid regular expression: (会议费\\s*{number}\\s*万元"),
            ("    pattern: '会议费\\s*{number}\\s*万元'\n    cell: 表10 / 会议费\n", "rules/region.yml:13:14: the pattern captures 1 groups; it needs the subject, the figure (2)"),
            ("    pattern: '({subjects})\\s*{number}\\s*万元'\n    cell: 表10 / {subject}\n", "rules/region.yml:13:14: the pattern uses {subjects}, and the restatement lists none"),
            ("    unit: yes please\n    pattern: '(会议费)\\s*{number}\\s*万元'\n    cell: 表10 / 会议费\n", "rules/region.yml:13:11: expected true or false, got 'yes please'"),
            ("    pattern: '(会议费)\\s*{number}\\s*万元'\n", "rules/region.yml:12:5: restatement 'meeting-fees' needs a pattern and a cell"),
        ]
        for (entry, expected) in cases {
            XCTAssertEqual(error(Self.base + "restatements:\n  - id: meeting-fees\n" + entry), expected)
        }
    }

    /// A balance's total of several cells and its name; a row printed exactly so (`=LABEL`).
    func testBalanceMistakes() {
        XCTAssertEqual(error(Self.base + "  - id: balance\n    sum: {total: 表10 / 合计, as: 两项, parts: [表10 / 会议费]}\n"),
                       "rules/region.yml:12:10: 'as' names a total of several cells; this total is one")
        XCTAssertEqual(error(Self.base + "  - id: balance\n    sum: {total: [表10 / 合计, 表10 / =培训], parts: [表10 / 会议费]}\n"),
                       "rules/region.yml:12:29: unknown row '=培训' of 表10 (known: 会议费, 培训费, 合计)")
    }

    func testUnknownKeysAndPlaceholders() {
        XCTAssertEqual(error(Self.base + "colour: blue\n"), "rules/region.yml:11:1: unknown key 'colour' (known: id, name, extends, families, sections, tables, identities, drop, restatements)")
        XCTAssertEqual(error(Self.base + "  - id: other\n    equal: [\"表10 / {row}\", 表10 / 合计]\n"),
                       "rules/region.yml:12:13: '{row}' is not filled by any for-each of this identity")
    }

    func testUnknownParentAndDroppedIdentity() {
        XCTAssertEqual(error(Self.base.replacingOccurrences(of: "extends: guangdong-2021", with: "extends: guangdong")),
                       "rules/region.yml:2:10: unknown pack 'guangdong' (known: guangdong-2021, national, region, shanghai-2024)")
        XCTAssertEqual(error(Self.base + "drop: [no-such-identity]\n"), "rules/region.yml:11:8: unknown identity 'no-such-identity' to drop")
    }

    /// The mistakes no other case here makes, so that every kind of pack error passes through
    /// `error(_:)` and so through `PackErrorWording.check`: each is refused, in both languages.
    func testEveryOtherMistakeIsRefusedInBothLanguages() {
        let identity = Self.base + "  - id: other\n"
        let restatement = Self.base + "restatements:\n  - id: fees\n"
        let mistakes: [(String, String)] = [
            ("", "empty rule pack"),
            ("name: x\n", "a rule pack needs an 'id'"),
            ("id: a\nid: b\n", "duplicate key 'id'"),
            ("? [a, b]\n: x\n", "keys must be plain names"),
            ("id: [a]\n", "expected a string, got a list"),
            ("id: a\nfamilies: [hainan]\n", "unknown family 'hainan'"),
            (Self.base.replacingOccurrences(of: "    title: 会议费和培训费决算明细表\n", with: ""), "table '表10' needs a 'title'"),
            (Self.base.replacingOccurrences(of: "    columns: [金额]", with: "    columns: [金额]\n    codes: roman"), "unknown code system 'roman'"),
            (Self.base + "  - id: meetings\n    equal: [表10 / 合计, 表10 / 会议费]\n", "duplicate identity id 'meetings'"),
            (Self.base + "  - equal: [表10 / 合计, 表10 / 会议费]\n", "an identity needs an 'id'"),
            (identity + "    rule: row-sum\n", "identity 'other' needs one of"),
            (identity + "    when: [表10 / 合计]\n    equal: [表10 / 合计, 表10 / 会议费]\n", "'when' names two cells"),
            (identity + "    sum: {total: 表10 / 合计}\n", "needs a total and at least one part"),
            (identity + "    bound: {whole: 表10 / 合计}\n", "needs a whole and at least one part"),
            (identity + "    for-each: {rows-of: 表3, codes: 4}\n    equal: [表10 / 合计, 表10 / 会议费]\n", "expected 3, 5, 7 or any, got '4'"),
            (identity + "    for-each: {codes: 3}\n    equal: [表10 / 合计, 表10 / 会议费]\n", "'for-each' names one of rows-of or columns-of"),
            (identity + "    for-each: {rows-of: 表12}\n    equal: [\"表10 / {row}\", 表10 / 合计]\n", "unknown table '表12' in for-each"),
            (identity + "    equal: [表10, 表10 / 合计]\n", "expected a cell as"),
            (identity + "    each-row: {table: \" \", total: 合计, parts: [基本支出]}\n", "expected a table as 'TABLE[:SIDE]', got"),
            (identity + "    each-column: {table: [表2:支出, 表3], total: 合计, parts: [{codes: 3}]}\n", "expected a table as 'TABLE[:SIDE]' or a list"),
            (identity + "    each-column: {table: 表2, total: 合计 / 金额, parts: [{codes: 3}]}\n", "expected a row label"),
            (identity + "    equal: [表2 / 2010, 表10 / 合计]\n", "row '2010': a functional code has 3, 5, 7 digits"),
            (identity + "    equal: [表3 / 201, 表10 / 合计]\n", "the cell names no column"),
            (restatement + "    pattern: '(会议费)\\s*万元'\n    cell: 表10 / 会议费\n", "the pattern has no {number}"),
            (restatement + "    cell: 表10 / 会议费\n", "restatement 'fees' needs a pattern and a cell"),
            (Self.base + "restatements:\n  - pattern: '(会议费)\\s*{number}'\n    cell: 表10 / 会议费\n", "a restatement needs an 'id'"),
            (restatement + "    pattern: '(会议费)\\s*{number}'\n    cell: 表10 / 会议费\n  - id: fees\n    pattern: '(会议费)\\s*{number}'\n    cell: 表10 / 会议费\n",
             "duplicate restatement id 'fees'"),
        ]
        for (yaml, english) in mistakes {
            XCTAssertTrue(error(yaml).contains(english), "\(error(yaml)) does not say \(english)")
        }
    }

    func testBrokenYAML() {
        XCTAssertEqual(error("id: x\ntables: [表1\n"), "rules/region.yml:3:1: not valid YAML: did not find expected ',' or ']'")
    }

    /// Through the command line: one line on stderr, exit status 2, and nothing checked.
    func testAuditCheckStopsBeforeCheckingWithOneLine() throws {
        try commit("2021", sampleReport)
        let rules = workspace.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try (Self.base + "  - id: other\n    equal: [表12 / 合计, 表10 / 合计]\n").write(to: rules.appendingPathComponent("region.yml"), atomically: true, encoding: .utf8)
        let result = try audit(["check", "2021"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "audit: rules/region.yml:12:13: unknown table '表12' (known: 表1, 表2, 表3, 表4, 表5, 表6, 表7, 表8, 表9, 表10)\n")
        XCTAssertEqual(result.output, "")
    }

    /// `audit commit` refuses before storing anything, as for a bad audit.yml.
    func testAuditCommitStoresNothingWithABrokenPack() throws {
        let rules = workspace.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try "id: one\nextends: one\n".write(to: rules.appendingPathComponent("one.yml"), atomically: true, encoding: .utf8)
        let result = try audit(["commit", "2021", sampleReport.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "audit: rules/one.yml:2:10: cycle: one extends one\n")
        XCTAssertEqual(try revisionCount("2021"), 0)
    }

    /// The built-in packs are parsed only by the detached recorder, yet a `rule-pack:` naming none
    /// of them still refuses the commit before anything is stored.
    func testAuditCommitStoresNothingWithAnUnknownForcedPack() throws {
        try "rule-pack: hainan-2021\n".write(to: workspace.appendingPathComponent("audit.yml"), atomically: true, encoding: .utf8)
        let result = try audit(["commit", "2021", sampleReport.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "audit: audit.yml: rule-pack 'hainan-2021' is not a known pack (known: guangdong-2021, national, shanghai-2024)\n")
        XCTAssertEqual(try revisionCount("2021"), 0)
    }

    func testAnUnknownForcedPackIsAnError() throws {
        try commit("2021", sampleReport)
        try "rule-pack: hainan-2021\n".write(to: workspace.appendingPathComponent("audit.yml"), atomically: true, encoding: .utf8)
        let result = try audit(["check", "2021"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "audit: audit.yml: rule-pack 'hainan-2021' is not a known pack (known: guangdong-2021, national, shanghai-2024)\n")
    }
}
