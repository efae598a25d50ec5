import AuditEngine
import CheckerKit
import CheckerRegistry
import Foundation
import ReportModel
import XCTest

/// Shares and completions in Shanghai's wording, on the 社会工作部 2024 report read by
/// `pdftotext -layout` (until the PDF ingest lands), checked against the rendered p.17–18.
final class ShanghaiPercentageTests: XCTestCase {
    private static let pdf = Fixtures.sampleReport
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shanghai-putuo/shehui-gongzuobu-2024.pdf")

    /// p.17–18: 财政拨款收入 307.82 of 307.82 = 100.00 %; 基本支出 105.58 ÷ 307.82 = 34.30 %,
    /// 项目支出 202.24 ÷ 307.82 = 65.70 %; of 一般公共预算财政拨款支出 307.82 "主要用于以下方面":
    /// 264.87 → 86.05 %, 10.82 → 3.52 %, 2.71 → 0.88 % (all right) and 住房保障支出 29.42 ÷ 307.82
    /// = 9.5575 %, printed 9.55 %: beyond rounding, as the interval [29.415 ÷ 307.825, 29.425 ÷
    /// 307.815] = [9.5557 %, 9.5594 %] misses [9.545 %, 9.555 %]. The printed completions of 全年预算
    /// (51.32 ÷ 52.00 = 98.69 %, 2.22 ÷ 2.23 = 99.55 %, 17.70 ÷ 18.12 = 97.68 %) recompute by hand.
    func testOnlyTheHousingShareIsWrong() throws {
        let pdftotext = try ExternalCommand.run(["pdftotext", "-layout", Self.pdf.path, "-"])
        XCTAssertEqual(pdftotext.status, 0)
        let context = CheckContext(report: ReportParser.parse(pdftotext.output))
        let run = try Engine(checkers: RegisteredCheckers.all).run(context, only: ["total-reconciliation"])
        let percentages = run.findings.filter { $0.ruleID == "total-reconciliation.percentage" }
        XCTAssertEqual(percentages.map(\.message), [
            "第三部分 五、一般公共预算财政拨款支出决算情况说明 ¶2 占 #4: share 9.55% ≠ 29.42 ÷ 307.82 = 9.56%; 占 should be 9.56 if the other figures are right",
        ])
        XCTAssertEqual(percentages.first?.level, .error)
        XCTAssertEqual(percentages.first?.locations.first?.span?.startLine, 484)
    }
}
