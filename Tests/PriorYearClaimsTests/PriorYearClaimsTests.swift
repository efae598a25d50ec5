import CheckerKit
import Foundation
@testable import PriorYearClaims
import ReportModel
import XCTest

/// Claims about last year, read from the narrative and checked against last year's tables.
final class PriorYearClaimsTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    private static let sample = try! String(contentsOf: repository.appendingPathComponent("reports/shanwei-zsj/2021.txt"), encoding: .utf8)

    private func check(_ report: String, previous: String?) throws -> CheckResult {
        try PriorYearClaims(configuration: CheckerConfiguration(values: [:]))
            .check(CheckContext(report: ReportParser.parse(report), previous: previous.map(ReportParser.parse)))
    }

    func testTheSamplesClaimsStateLastYearsFigures() {
        let claims = ClaimReader.claims(in: ReportParser.parse(Self.sample))
        let implied = Dictionary(claims.map { ($0.subject, $0.impliedPrevious) }) { first, _ in first }
        XCTAssertEqual(implied["一般公共预算财政拨款收入"], Decimal(string: "12100.87"))
        XCTAssertEqual(implied["基本支出"], Decimal(string: "1270.43"))
        XCTAssertEqual(implied["项目支出"], Decimal(string: "3101.87"))
        XCTAssertEqual(implied["机关运行经费支出"], Decimal(string: "111.61"))
        XCTAssertFalse(claims.contains { $0.subject.contains("预算数") }, "比年初预算数 is not about last year")
    }

    func testNoChangeClaimsStateLastYearEqualsThisYear() {
        let claims = ClaimReader.claims(in: ReportParser.parse(Self.sample))
        let unchanged = claims.filter { $0.change == nil }
        XCTAssertTrue(unchanged.contains { $0.subject == "事业收入" && $0.statement == "与上年决算数持平" }, "\(unchanged.map(\.subject))")
        XCTAssertTrue(unchanged.allSatisfy { $0.impliedPrevious == $0.current.value && $0.relation == "与上年持平" })
    }

    /// The constructed 2020 sample's 表3 and 表6 carry the figures the 2021 narrative implies;
    /// its 表1 still prints 2021's income (see the reply to the lead), so only 表1 may disagree.
    func testTheStoredSamplesOfBothYearsAgreeExceptWhereLastYearsTable1Does() throws {
        let lastYear = try String(contentsOf: Self.repository.appendingPathComponent("reports/shanwei-zsj/2020.txt"), encoding: .utf8)
        let result = try check(Self.sample, previous: lastYear)
        XCTAssertGreaterThanOrEqual(result.identitiesChecked, 4)
        XCTAssertTrue(result.findings.allSatisfy { $0.message.contains("last year's 表1 / ") }, "\(result.findings.map(\.message))")
    }

    func testAClaimMatchingLastYearsTableHolds() throws {
        let result = try check(PriorYearClaimsExamples.narrative, previous: PriorYearClaimsExamples.lastYear(basic: "1,270.43"))
        XCTAssertEqual(result.identitiesChecked, 1)
        XCTAssertEqual(result.findings, [])
    }

    func testAClaimMissingLastYearsTableIsAFindingAtTheStatedChange() throws {
        let result = try check(PriorYearClaimsExamples.narrative, previous: PriorYearClaimsExamples.lastYear(basic: "1,200.00"))
        let finding = try XCTUnwrap(result.findings.first)
        XCTAssertEqual(result.findings.count, 1)
        XCTAssertEqual(finding.message, "基本支出 1,277.36 万元，比上年决算数增加 6.93 万元 puts last year at 1270.43 万元, "
            + "but last year's 表3 / 合计 / 基本支出 prints 1,200.00 万元 (difference 70.43)")
        XCTAssertEqual(finding.evidence?.difference.value, Decimal(string: "70.43"))
        XCTAssertEqual(finding.locations.first?.span?.startLine, 7)
    }

    func testADecreaseAddsTheChangeBackAndRoundingIsTolerated() throws {
        let narrative = PriorYearClaimsExamples.narrative.replacingOccurrences(of: "增加 6.93", with: "减少 6.93")
        XCTAssertEqual(try check(narrative, previous: PriorYearClaimsExamples.lastYear(basic: "1,284.30")).findings, [])
        XCTAssertEqual(try check(narrative, previous: PriorYearClaimsExamples.lastYear(basic: "1,284.28")).findings, [])
        XCTAssertEqual(try check(narrative, previous: PriorYearClaimsExamples.lastYear(basic: "1,284.26")).findings.count, 1)
    }

    func testWithoutLastYearNothingIsChecked() throws {
        XCTAssertEqual(try check(Self.sample, previous: nil).identitiesChecked, 0)
    }

    func testTheSampleAgainstItselfFindsEveryIncreaseAsAMisstatement() throws {
        let result = try check(Self.sample, previous: Self.sample)
        let subjects = Set(result.findings.map { $0.locations[0].logical.split(separator: "/")[1].trimmingCharacters(in: .whitespaces) })
        XCTAssertEqual(subjects, ["一般公共预算财政拨款收入", "基本支出", "项目支出", "机关运行经费支出"])
    }
}
