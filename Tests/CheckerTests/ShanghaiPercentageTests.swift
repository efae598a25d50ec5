import AuditEngine
import CheckerKit
import CheckerRegistry
import Foundation
import ReportModel
import TestSupport
import XCTest

/// Shares and completions in Shanghai's wording, on the 社会工作部 2024 report read by
/// `pdftotext -layout` (until the PDF ingest lands), checked against the rendered pages.
final class ShanghaiPercentageTests: XCTestCase {
    private static func pdf(_ name: String) -> URL {
        Fixtures.repositoryRoot.appendingPathComponent("reports/shanghai-putuo/\(name).pdf")
    }

    private func percentageFindings(_ name: String) throws -> [Finding] {
        let pdftotext = try ExternalCommand.run(["pdftotext", "-q", "-layout", Self.pdf(name).path, "-"])
        XCTAssertEqual(pdftotext.status, 0)
        let context = try CheckContext.detected(ReportParser.parse(pdftotext.output))
        let run = try Engine(checkers: RegisteredCheckers.all).run(context, only: ["total-reconciliation"])
        return run.findings.filter { $0.ruleID == "total-reconciliation.percentage" }
    }

    /// p.17–18: 财政拨款收入 307.82 of 307.82 = 100.00 %; 基本支出 105.58 ÷ 307.82 = 34.30 %,
    /// 项目支出 202.24 ÷ 307.82 = 65.70 %; of 一般公共预算财政拨款支出 307.82 "主要用于以下方面":
    /// 264.87 → 86.05 %, 10.82 → 3.52 %, 2.71 → 0.88 % (all right) and 住房保障支出 29.42 ÷ 307.82
    /// = 9.5575 %, printed 9.55 %: beyond rounding, as the interval [29.415 ÷ 307.825, 29.425 ÷
    /// 307.815] = [9.5557 %, 9.5594 %] misses [9.545 %, 9.555 %]. The printed completions of 全年预算
    /// (51.32 ÷ 52.00 = 98.69 %, 2.22 ÷ 2.23 = 99.55 %, 17.70 ÷ 18.12 = 97.68 %) recompute by hand.
    func testOnlyTheHousingShareIsWrong() throws {
        let percentages = try percentageFindings("shehui-gongzuobu-2024")
        XCTAssertEqual(percentages.map(\.message), [
            "第三部分 五、一般公共预算财政拨款支出决算情况说明 ¶2 占 #4: share 9.55% ≠ 29.42 ÷ 307.82 = 9.56%; 占 should be 9.56 if the other figures are right",
        ])
        XCTAssertEqual(percentages.first?.level, .error)
        XCTAssertEqual(percentages.first?.locations.first?.span?.startLine, 484)
    }

    /// 财政局 2024, p.21: of 一般公共预算财政拨款支出 2940.05 万元, 一般公共服务支出（类）2106.66
    /// 万元 "占 71.73%", but 2106.66 ÷ 2940.05 = 71.654 % → 71.65 % (the four shares printed add to
    /// 71.73 + 11.11 + 2.07 + 15.16 = 100.07 %; the other three recompute: 326.72 → 11.11 %,
    /// 60.99 → 2.07 %, 445.69 → 15.16 %). 财政拨款收入 2940.05 ÷ 2946.25 = 99.79 %, 其他收入 6.2 →
    /// 0.21 %, 基本支出 2336.91 ÷ 2940.05 = 79.49 %, 项目支出 603.14 → 20.51 % recompute.
    func testOnlyTheGeneralPublicServicesShareIsWrongInTheFinanceBureauReport() throws {
        let percentages = try percentageFindings("caizhengju-2024")
        XCTAssertEqual(percentages.map(\.message), [
            "第三部分 五、一般公共预算财政拨款支出决算情况说明 ¶2 占: share 71.73% ≠ 2106.66 ÷ 2940.05 = 71.65%; 占 should be 71.65 if the other figures are right",
        ])
        XCTAssertEqual(percentages.first?.level, .error)
    }
}
