import ReportModel
import XCTest

final class PageMapTests: XCTestCase {
    func testALinesPageIsOnePlusTheFormFeedsBeforeIt() {
        let map = PageMap(text: "封面\n\n\u{0C}目录\n一\n\u{0C}\n\u{0C}  表1\n合计\n")
        XCTAssertEqual(map.pageCount, 4)
        XCTAssertEqual((1...8).map(map.page(ofLine:)), [1, 1, 2, 2, 3, 4, 4, 4])
        XCTAssertEqual(map.place(ofLine: 7), "p. 4, line 7")
    }

    func testATextWithoutFormFeedsHasNoPages() {
        let map = PageMap(text: "一\n二\n")
        XCTAssertFalse(map.hasPages)
        XCTAssertEqual(map.place(ofLine: 2), "line 2")
    }
}
