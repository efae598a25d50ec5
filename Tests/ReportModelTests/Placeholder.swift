import XCTest
final class ReportModelTestsPlaceholder: XCTestCase { func testNothing() {} }
