import CheckerKit
import Foundation
import ReportModel
import XCTest

/// The sample with one figure of a pair the count and growth rules understand changed: exactly
/// one new finding, naming both places.
final class CountMutationTests: XCTestCase {
    private static let sampleLines = try! String(contentsOf: Snippets.sampleURL, encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    /// The sample with `old` replaced by `new` on the given lines only (1-based).
    private func mutated(line: Int, _ old: String, _ new: String, alsoOn others: [Int] = []) throws -> Report {
        var lines = Self.sampleLines
        for number in [line] + others {
            XCTAssertTrue(lines[number - 1].contains(old), lines[number - 1])
            lines[number - 1] = lines[number - 1].replacingOccurrences(of: old, with: new)
        }
        return ReportParser.parse(lines.joined(separator: "\n"))
    }

    private func newFindings(_ report: Report) throws -> [Finding] {
        let before = Set(try Snippets.findings(Snippets.sample).map(\.message))
        return try Snippets.findings(report).filter { !before.contains($0.message) }
    }

    /// 汕尾市大数据中心分析平台 "完成…6 个专题的运营服务。并完成 6 个专题库的建设" (line 2824):
    /// the six topics, worded twice. 6 → 7 专题库: one finding naming both.
    func testTopicCountChangedInOneWordingIsOneFindingNamingBoth() throws {
        let findings = try newFindings(mutated(line: 2824, "6个专题库", "7个专题库"))
        XCTAssertEqual(findings.map(\.ruleID), ["inconsistent-figures.count-contradiction"])
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.level, .warning)
        XCTAssertEqual(finding.message, "汕尾市大数据中心分析平台: 6 个专题 (line 2824) vs 7 个专题库 (line 2824); the same count of the same subject, worded differently")
        XCTAssertEqual(finding.locations.map(\.note), ["6 个专题", "7 个专题库"])
        XCTAssertEqual(finding.evidence?.difference.value, 1)
    }

    /// 汕尾市业务协同中台 "截至 11 月 26日…累计提供 50 个接口能力" is printed twice with the same
    /// words (lines 2017 and 2467). 50 → 52 in the copy: the phrase groups report it, and the
    /// count rule does not report it a second time.
    func testCountWithTheSameWordsIsReportedOnce() throws {
        let findings = try newFindings(mutated(line: 2467, "50 个接口能力", "52 个接口能力"))
        XCTAssertEqual(findings.map(\.ruleID), ["inconsistent-figures.contradiction"])
        XCTAssertEqual(findings.first?.locations.map { $0.span?.startLine }, [2017, 2467])
    }

    /// The overview's 9 标准环节 made 11, as the platform's section says: the finding goes.
    func testRepairedStepsCountIsSilent() throws {
        let findings = try Snippets.findings(mutated(line: 1414, "9 个标准环节", "11 个标准环节"))
        XCTAssertEqual(findings.filter { $0.message.contains("标准环节") }.map(\.message), [])
    }

    /// One item of the “数看汕尾” list made to agree (955 → 1186 个分析指标) leaves one finding
    /// for the list, without that item.
    func testListItemThatAgreesLeavesTheList() throws {
        let report = try mutated(line: 3326, "955个分析指标", "1186个分析指标")
        let findings = try Snippets.findings(report).filter { $0.message.hasPrefix("数看汕尾") }
        XCTAssertEqual(findings.map(\.message), [
            "数看汕尾: 20 个专题模块, 121 个业务主题 (line 3324) vs 35 个专题模块, 178 个主题 (line 3657); the same count of the same subject, worded differently",
        ])
    }

    /// 基本支出 "比上年决算数增加 6.93 万元" → "增加 1,277.36 万元", the whole of this year's
    /// 1,277.36: last year's figure is 0, and the printed 增长 0.55% is a growth from nothing.
    func testIncreaseEqualToTheFigureIsGrowthFromZero() throws {
        let findings = try newFindings(mutated(line: 1137, "增加 6.93 万元", "增加 1,277.36 万元"))
        XCTAssertEqual(findings.map(\.ruleID), ["inconsistent-figures.growth-from-zero"])
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.level, .warning)
        XCTAssertTrue(finding.message.hasPrefix("增长 0.55% on an increase of 1,277.36 万元 to 1,277.36 万元"), finding.message)
        XCTAssertEqual(finding.locations.map(\.note), ["增长 0.55%", "1,277.36 万元 this year", "增加 1,277.36 万元"])
        XCTAssertEqual(finding.locations.compactMap { $0.span?.startLine }, [1138, 1137, 1137])
    }

    /// 认证成功用户数 8178 → 10155 人, above the 10055 applicants of the same sentence, in both
    /// copies of the sentence (lines 1953 and 2402, so that the copies still agree): one new
    /// warning, naming both figures of each copy.
    func testMoreCertifiedUsersThanApplicantsIsOneWarningNamingBoth() throws {
        let report = try mutated(line: 1953, "认证成功用户数 8178 人", "认证成功用户数 10155 人", alsoOn: [2402])
        let findings = try newFindings(report).filter { $0.level >= .warning }
        XCTAssertEqual(findings.map(\.message), ["认证成功用户数 exceeds 申请认证用户数 (人): in total 10155 > 10055; more approved than applied"])
        XCTAssertEqual(findings.first?.locations.map(\.note), ["in total 10155 人", "in total 10055 人", "in total 10155 人", "in total 10055 人"])
        XCTAssertEqual(findings.first?.locations.map { $0.span?.startLine }, [1953, 1953, 2402, 2402])
    }

    /// "④一次办比率由 99.03%提升到 99.79%" is printed in the self-evaluation (line 1775) and in
    /// its pasted copy (line 2238). 99.79 → 99.97 in the first: one rate, two values, one finding.
    func testRateChangedInOneCopyIsOneFindingNamingBoth() throws {
        let findings = try newFindings(mutated(line: 1775, "升到 99.79%。⑤", "升到 99.97%。⑤"))
        XCTAssertEqual(findings.map(\.message), [
            "一次办比率: 99.97% (line 1775) vs 99.79% (line 2238); the same rate of the same subject, undated or at the same date, with different values",
        ])
        XCTAssertEqual(findings.first?.level, .warning)
        XCTAssertEqual(findings.first?.locations.map(\.note), ["99.97%", "99.79%"])
    }
    /// The “三公” shares "因公出国（境）费 0.00万元，占 0.00% ；公务用车购置及运行费支出 5.80万元，占
    /// 83.69% ；公务接待费支出 1.13 万元，占 16.31%" (lines 1221–1222), whose whole is not printed in
    /// the sentence. 16.31 → 17.31: 0.00 + 83.69 + 17.31 = 101.00 %, at least −0.005 + 83.685 +
    /// 17.305 = 100.985 %: one finding naming the three shares.
    func testShareRaisedPast100IsOneFindingNamingTheShares() throws {
        let findings = try newFindings(mutated(line: 1222, "占 16.31%", "占 17.31%"))
        XCTAssertEqual(findings.map(\.ruleID), ["inconsistent-figures.shares-over-whole"])
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.level, .warning)
        XCTAssertEqual(finding.message, "占 0.00% + 83.69% + 17.31% = 101.00%: shares of one whole add to more than 100% beyond rounding (at least 100.985%)")
        XCTAssertEqual(finding.locations.map(\.note), ["占 0.00%", "占 83.69%", "占 17.31%"])
        XCTAssertEqual(finding.locations.compactMap { $0.span?.startLine }, [1221, 1222, 1222])
    }
    /// 基本支出 "比上年决算数增加 6.93 万元，增长 0.55%" (lines 1137–1138) with its 增加 clause
    /// replaced by "上年无此项": last year's figure is now stated as none, and the 0.55% growth is
    /// from nothing: one finding naming the percentage and the words that say so.
    func testGrowthWhereTheSentenceSaysLastYearHadNoneIsOneFindingNamingBoth() throws {
        let findings = try newFindings(mutated(line: 1137, "增加 6.93 万元", "上年无此项"))
        XCTAssertEqual(findings.map(\.ruleID), ["inconsistent-figures.growth-from-zero"])
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.message, "增长 0.55% where the sentence says 上年无此项: last year's figure is 0, and growth from zero has no percentage")
        XCTAssertEqual(finding.locations.map(\.note), ["增长 0.55%", "上年无此项"])
        XCTAssertEqual(finding.locations.compactMap { $0.span?.startLine }, [1138, 1137])
    }

    /// "政府采购支出总额 6458.59 万元，其中：政府采购货物支出 2.60 万元、政府采购工程支出 0.00 万元、
    /// 政府采购服务支出 6455.99 万元" (lines 1264–1267): 货物, 工程 and 服务 partition government
    /// purchases, and 2.60 + 0.00 + 6455.99 = 6458.59. 6455.99 → 6455.90: 2.60 + 0.00 + 6455.90 =
    /// 6458.50, 0.09 short of the whole: one finding naming the whole and its three parts.
    func testPurchaseCategoryMistypedIsOneShortfallNamingWholeAndParts() throws {
        let findings = try newFindings(mutated(line: 1267, "采购服务支出 6455.99 万元", "采购服务支出 6455.90 万元"))
        XCTAssertEqual(findings.map(\.ruleID), ["inconsistent-figures.exhaustive-shortfall"])
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.level, .warning)
        XCTAssertEqual(finding.message, "the parts of a complete list fall short of their whole: 2.60 + 0.00 + 6455.90 = 6458.50 万元, the whole is 6458.59 万元 (gap 0.09 万元)")
        XCTAssertEqual(finding.locations.compactMap { $0.span?.startLine }, [1264, 1265, 1265, 1267])
    }

    /// "…办事预约接口等累计调用 273384 次" (line 2023) and, in the table after it, "预约接口 91905
    /// 91905 0 215" (line 2044); the seven 总服务次数 add up to the total (57746 + 151 + 16564 +
    /// 172 + 91905 + 46964 + 59882 = 273384). 预约接口's 总服务次数 91905 → 291905 > 273384: one
    /// finding naming the total and the row.
    func testTableRowRaisedAboveTheTextTotalIsOneFindingNamingBoth() throws {
        let findings = try newFindings(mutated(line: 2044, "预约接口 91905 91905", "预约接口 291905 91905"))
        XCTAssertEqual(findings.map(\.ruleID), ["inconsistent-figures.table-row-over-total"])
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.level, .warning)
        XCTAssertTrue(finding.message.hasPrefix("汕尾市业务协同中台接口调用情况: 预约接口 总服务次数 291905 > the total of 273384 次"), finding.message)
        XCTAssertEqual(finding.locations.compactMap { $0.span?.startLine }, [2023, 2044])
    }
}
