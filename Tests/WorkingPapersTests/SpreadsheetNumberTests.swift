import Foundation
@testable import WorkingPapers
import XCTest

/// A figure goes into a spreadsheet as a number only where the spreadsheet shows it as printed.
final class SpreadsheetNumberTests: XCTestCase {
    func testFiguresWithinFifteenDigitsAreNumbers() {
        XCTAssertEqual(SpreadsheetNumber.value(Decimal(string: "2961.68")!), 2961.68)
        XCTAssertEqual(SpreadsheetNumber.value(Decimal(string: "0.05")!), 0.05)
        XCTAssertEqual(SpreadsheetNumber.value(Decimal(string: "-0.01")!), -0.01)
        XCTAssertEqual(SpreadsheetNumber.value(123_456_789_012_345), 123_456_789_012_345)
    }

    func testFiguresBeyondFifteenDigitsStayText() {
        // 16 significant digits: a spreadsheet would show 1234567890.12346.
        XCTAssertNil(SpreadsheetNumber.value(Decimal(string: "1234567890.123456")!))
        XCTAssertNil(SpreadsheetNumber.value(1_234_567_890_123_456))
    }
}
