import XCTest
final class CheckerTestsPlaceholder: XCTestCase { func testNothing() {} }
