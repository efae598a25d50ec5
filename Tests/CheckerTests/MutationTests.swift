import AuditEngine
import CheckerKit
import XCTest

/// The sample with one figure changed: the checker must name that figure (or sentence) and
/// the value that repairs it.
final class MutationTests: XCTestCase {
    /// 表3 2010301 基本支出 422.81 → 424.81 breaks the row (本年支出合计 422.81), the 款 20103's
    /// 基本支出 (1,030.20) and the agreement with 表5; only this cell repairs all three.
    func testTableCellIsNamedWithItsRepair() throws {
        let text = SampleText.replacing("2010301 行政运行 422.81 422.81 0.00 0.00 0.00 0.00 \n", with: "2010301 行政运行 422.81 424.81 0.00 0.00 0.00 0.00 \n")
        let error = try onlyError(text)
        XCTAssertEqual(error.ruleID, "total-reconciliation.suspect-figure")
        XCTAssertEqual(error.locations[0].logical, "表3 / 2010301 行政运行 / 基本支出")
        XCTAssertEqual(error.evidence?.expected.printed, "422.81")
        XCTAssertEqual(error.evidence?.actual.printed, "424.81")
        XCTAssertTrue(error.message.contains("prints 424.81, most likely wrong: 422.81 would repair all 3 broken identities"), error.message)
        XCTAssertTrue(error.message.contains("本年支出合计 422.81 ≠ 基本支出 + 项目支出 + 上缴上级支出 + … (5 terms) = 424.81 (difference -2.00)"), error.message)
    }

    /// 表7 决算 公务接待费 1.13 → 1.31 breaks 表7's 决算 合计 (6.93) and the three sentences that
    /// restate 公务接待费 as 1.13.
    func testThreePublicCellIsNamedWithItsRepair() throws {
        let text = SampleText.replacing("6.93 0.00 5.80 0.00 5.80 1.13 \n", with: "6.93 0.00 5.80 0.00 5.80 1.31 \n")
        let error = try onlyError(text)
        XCTAssertEqual(error.ruleID, "total-reconciliation.suspect-figure")
        XCTAssertEqual(error.locations[0].logical, "表7 / 决算数·公务接待费")
        XCTAssertEqual(error.evidence?.expected.printed, "1.13")
        XCTAssertTrue(error.message.contains("1.13 would repair all 4 broken identities"), error.message)
    }

    /// 表1 本年收入合计 20,864.64 → 20,664.64 breaks 表1's sum of income rows, its 总计, the
    /// agreement with 表2 and the narrative's "其中本年收入 20,864.64 万元".
    func testSummaryTotalIsNamedWithItsRepair() throws {
        let text = SampleText.replacing("本年收入合计 27 20,864.64 本年支出合计 57", with: "本年收入合计 27 20,664.64 本年支出合计 57")
        let error = try onlyError(text)
        XCTAssertEqual(error.locations[0].logical, "表1 / 收入 / 本年收入合计")
        XCTAssertEqual(error.evidence?.expected.printed, "20,864.64")
        XCTAssertTrue(error.message.contains("20,864.64 would repair all 4 broken identities"), error.message)
    }

    /// "年度总收入 28,855.11" → 28,955.11: the sentence no longer restates 表1 总计.
    func testNarrativeTotalIsNamedWithTheTableValue() throws {
        let text = SampleText.replacing("年度总收入 28,855.11", with: "年度总收入 28,955.11")
        let error = try onlyError(text)
        XCTAssertEqual(error.ruleID, "total-reconciliation.restatement")
        XCTAssertTrue(error.locations[0].logical.hasSuffix("（一）年度收入总体情况 / ¶1 / 年度总收入"), error.locations[0].logical)
        XCTAssertTrue(error.message.contains("年度总收入 28,955.11 ≠ 表1 总计 28,855.11 (difference 100.00); 年度总收入 should be 28,855.11"), error.message)
        XCTAssertEqual(error.locations[0].span?.startLine, 1103)
    }

    /// The seed's "年度总收入 28,855.11 万元" restated in 亿元: 28,855.11 ÷ 10,000 = 2.885511, which
    /// rounds to 2.89, so "2.89 亿元" is silent and "2.88 亿元" (28,800 ± 50 万元, 55.11 off) is an error.
    func testNarrativeTotalInYiYuanIsJudgedAtItsPrintedPrecision() throws {
        let restatements = { (stated: String) in
            try SampleText.reconcile(SampleText.replacing("年度总收入 28,855.11 万", with: "年度总收入 \(stated) 亿")).findings
                .filter { $0.ruleID == "total-reconciliation.restatement" && $0.message.contains("年度总收入") }
        }
        XCTAssertEqual(try restatements("2.89").map(\.message), [])
        let wrong = try restatements("2.88")
        XCTAssertEqual(wrong.map(\.level), [.error], wrong.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(wrong.first?.message.contains("年度总收入 2.88 亿元 ≠ 表1 总计 28,855.11 万元 (difference -55.11 万元)") == true, wrong.first?.message ?? "")
    }

    /// "一般公共预算财政拨款收入 20,864.64" → 20,964.64 breaks the restatement of 表1 and the growth
    /// 72.42% computed from it; the narrative figure is the one to correct.
    func testNarrativeFigureBehindAPercentageIsNamed() throws {
        let text = SampleText.replacing("1.一般公共预算财政拨款收入 20,864.64 万元", with: "1.一般公共预算财政拨款收入 20,964.64 万元")
        let error = try onlyError(text)
        XCTAssertEqual(error.ruleID, "total-reconciliation.suspect-figure")
        XCTAssertTrue(error.locations[0].logical.hasSuffix("（一）年度收入总体情况 / ¶2 / 一般公共预算财政拨款收入"), error.locations[0].logical)
        XCTAssertTrue(error.message.contains("20,864.64 would repair all 2 broken identities"), error.message)
    }

    /// "增长 531.47%" → 513.47%: 16,485.41 ÷ (19,587.28 − 16,485.41) is 531.47%.
    func testGrowthPercentageIsNamedWithItsValue() throws {
        let text = SampleText.replacing("增长 531.47%", with: "增长 513.47%")
        let error = try onlyError(text)
        XCTAssertEqual(error.ruleID, "total-reconciliation.percentage")
        XCTAssertTrue(error.message.contains("growth 513.47% ≠ 16,485.41 ÷ (19,587.28 − 16,485.41) = 531.47%"), error.message)
        XCTAssertTrue(error.message.contains("should be 531.47"), error.message)
    }

    /// "完成预算 11.00 万元的 63.00%" → 65.00%: 6.93 ÷ 11.00 is 63.00%.
    func testCompletionPercentageIsNamedWithItsValue() throws {
        let text = SampleText.replacing("万元的 63.00%", with: "万元的 65.00%")
        let error = try onlyError(text)
        XCTAssertEqual(error.ruleID, "total-reconciliation.percentage")
        XCTAssertTrue(error.message.contains("completion 65.00% ≠ 6.93 ÷ 11.00 = 63.00%"), error.message)
        XCTAssertEqual(error.evidence?.expected.printed, "63.00%")
    }

    /// The error the change introduced: the sample's own two narrative defects are filtered out.
    private func onlyError(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Finding {
        let original = Set(try SampleText.reconcile(SampleText.original).findings.filter { $0.level == .error }.map(\.fingerprint))
        let errors = try SampleText.reconcile(text).findings.filter { $0.level == .error && !original.contains($0.fingerprint) }
        XCTAssertEqual(errors.count, 1, "\(errors.map(\.message))", file: file, line: line)
        return try XCTUnwrap(errors.first, file: file, line: line)
    }
}
