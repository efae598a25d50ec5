import XCTest
import CheckerKit
import ReportModel
@testable import TotalReconciliation

/// A blank table cell is an exact zero and is quoted as "blank" in English and 空白 in Chinese in
/// every kind of identity's statement, not only in sums (issue 18).
final class BlankCellWordingTests: XCTestCase {
    private let span = SourceSpan(startLine: 1, startColumn: 1, endLine: 1, endColumn: 2)

    private func cell(_ label: String, _ printed: String) -> Term {
        Term(id: "表1 / \(label)", label: label, amount: Amount(printed: printed, value: Decimal(string: printed.replacingOccurrences(of: ",", with: ""))!, decimals: 2), span: span)
    }

    private func blank(_ label: String) -> Term {
        Term(id: "表1 / \(label)", label: label, amount: Amount(printed: "blank", value: 0, decimals: 2), span: span, isBlank: true)
    }

    func testABoundWithABlankWholeSaysKongBaiInChinese() throws {
        // 基本支出 12.00 ≤ 支出合计 blank is broken: 12.00 − 0 = 12.00 over.
        let bound = BoundIdentity(rule: .enumeration, place: "表1", whole: blank("支出合计"), parts: [cell("基本支出", "12.00")])
        let statement = try XCTUnwrap(bound.evaluate(.printed)).statement
        XCTAssertEqual(statement.en, "基本支出 12.00 > 支出合计 blank (excess 12.00)")
        XCTAssertEqual(statement.zh, "基本支出 12.00 > 支出合计 空白（超出 12.00）")
    }

    func testARatioWithABlankDenominatorTermSaysKongBaiInChinese() throws {
        // 占比 50.00% of 10.00 ÷ (20.00 + blank) = 50.00 %: consistent, quoted alike.
        let ratio = RatioIdentity(kind: .share, place: "情况说明", percentage: cell("占比", "50.00"),
                                  numerator: SignedSum(added: [cell("基本支出", "10.00")]),
                                  denominator: SignedSum(added: [cell("支出合计", "20.00"), blank("其他支出")]))
        let statement = try XCTUnwrap(ratio.evaluate(.printed)).statement
        XCTAssertTrue(statement.en.hasSuffix("10.00 ÷ (20.00 + blank) = 50.00%"), statement.en)
        XCTAssertTrue(statement.zh.hasPrefix("占比 50.00% = 10.00 ÷ (20.00 + 空白)"), statement.zh)
        XCTAssertFalse(statement.zh.contains("blank"), statement.zh)
    }

    func testAUnitRestatementOfABlankCellSaysKongBaiInChinese() throws {
        // "总收入 5.00万元" against a blank cell: 5.00 − 0 = 5.00 difference.
        let restatement = UnitRestatement(stated: cell("总收入", "5.00"), unit: "万元", table: blank("收入总计"))
        let statement = try XCTUnwrap(restatement.evaluate(.printed)).statement
        XCTAssertTrue(statement.en.hasPrefix("总收入 5.00 ≠ 收入总计 blank"), statement.en)
        XCTAssertTrue(statement.zh.hasPrefix("总收入 5.00 ≠ 收入总计 空白（差额"), statement.zh)
    }

    func testAReplacedBlankIsQuotedAsItsNewFigure() {
        let term = blank("支出合计")
        XCTAssertEqual(Valuation.printed.quoted(term), LocalizedText(en: "blank", zh: "空白"))
        XCTAssertEqual(Valuation.printed.replacing(term, with: 12).quoted(term).zh, "12.00")
    }
}

