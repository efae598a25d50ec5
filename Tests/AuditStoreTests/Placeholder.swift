import XCTest
final class AuditStoreTestsPlaceholder: XCTestCase { func testNothing() {} }
