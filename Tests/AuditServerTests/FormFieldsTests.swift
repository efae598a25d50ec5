@testable import AuditServer
import XCTest

final class FormFieldsTests: XCTestCase {
    func testDecodesPlusAndPercentEscapesAndKeepsTheFirstOfARepeatedField() throws {
        let fields = try FormFields(encoded: "ref=%E8%B4%A2%E6%94%BF%E5%B1%80%2F2024%401&reason=rounds+to+%E5%85%83&ref=other&empty=")
        XCTAssertEqual(fields["ref"], "财政局/2024@1")
        XCTAssertEqual(fields["reason"], "rounds to 元")
        XCTAssertNil(fields["empty"])
        XCTAssertThrowsError(try fields.required("empty"))
    }

    func testAMalformedEscapeIsABadRequest() {
        XCTAssertThrowsError(try FormFields(encoded: "ref=%ZZ")) { error in
            XCTAssertEqual(WorkbenchError.answer(for: error).status, .badRequest)
        }
    }

    func testAQueryRoundTripsThroughTheParser() throws {
        let query = FormFields.query(["ref": "财政局/2024@2", "id": "ab&c=d", "none": nil])
        XCTAssertEqual(query, "ref=%E8%B4%A2%E6%94%BF%E5%B1%80%2F2024%402&id=ab%26c%3Dd")
        let fields = try FormFields(encoded: query)
        XCTAssertEqual(fields["ref"], "财政局/2024@2")
        XCTAssertEqual(fields["id"], "ab&c=d")
    }
}
