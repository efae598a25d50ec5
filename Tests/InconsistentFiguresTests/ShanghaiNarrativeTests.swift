import CheckerKit
import Foundation
import ReportModel
import XCTest

/// The 社会工作部 2024 report (reports/shanghai-putuo/shehui-gongzuobu-2024.pdf), its text read
/// by `pdftotext -layout` until the PDF ingest lands. Every warning below was checked on the
/// rendered pages (pdftoppm -r 80, pp. 17, 18 and 21): the unit was founded in 2024, so every
/// 2023 figure is 0.
final class ShanghaiNarrativeTests: XCTestCase {
    private static let pdf = Snippets.sampleURL
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shanghai-putuo/shehui-gongzuobu-2024.pdf")

    private func text(of pdf: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-layout", pdf.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self)
    }

    func testEveryFindingOfTheNarrativeRules() throws {
        let findings = try Snippets.findings(ReportParser.parse(text(of: Self.pdf)))
        // Growth findings come first (one rule after the other). The 完成年初预算的 95.89% of a
        // 年初预算 of 0 (p.18) is report-structure's completion-base finding, not repeated here.
        XCTAssertEqual(findings.map(\.message), [
            // p.17 一、收入支出决算总体情况说明: 收入支出总计 307.82 万元, 与 2023 年度相比增加
            // 307.82 万元: 2023 = 307.82 − 307.82 = 0, yet 增长 100.00%.
            "增长 100.00% on an increase of 307.82 万元 to 307.82 万元: last year's figure is 307.82 − 307.82 = 0 万元, and growth from zero has no percentage",
            // p.17 四、财政拨款收入支出决算总体情况说明: the same for 财政拨款收入支出总计.
            "增长 100.00% on an increase of 307.82 万元 to 307.82 万元: last year's figure is 307.82 − 307.82 = 0 万元, and growth from zero has no percentage",
            // p.18 五（一）: 一般公共预算财政拨款支出 307.82, 增加 307.82, 增长 100.00%.
            "增长 100.00% on an increase of 307.82 万元 to 307.82 万元: last year's figure is 307.82 − 307.82 = 0 万元, and growth from zero has no percentage",
            // p.21 十一（一）: 机关运行经费 10.23 万元, 比 2023 年度增加 10.23 万元, 增长 100.00%.
            "增长 100.00% on an increase of 10.23 万元 to 10.23 万元: last year's figure is 10.23 − 10.23 = 0 万元, and growth from zero has no percentage",
            // p.20 六: "公用经费 10.23 万元，主要包括：办公费、邮电费、差旅费…"; the
            // 一般公共预算财政拨款基本支出决算表 (p.13, rendered) prints 30207 邮电费 0.00.
            "the list names 邮电费 (30207 0.00), which the basic-expenditure table shows as zero",
        ])
        XCTAssertEqual(findings.map(\.level), [.warning, .warning, .warning, .warning, .note])
    }
}
