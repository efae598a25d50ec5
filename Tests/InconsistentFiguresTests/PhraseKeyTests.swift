@testable import InconsistentFigures
import XCTest

final class PhraseKeyTests: XCTestCase {
    func testFillerAdverbsAreDroppedAnywhere() {
        XCTAssertEqual(PhraseKey(phrase: "大厅自启用以来累计接待群众和企业人数"), PhraseKey(phrase: "大厅自启用以来接待群众和企业人数"))
        XCTAssertEqual(PhraseKey(phrase: "粤省事汕尾版已上线").text, "粤省事汕尾版上线")
    }

    func testLeadingTotalsAndTrailingCopulasAreDropped() {
        XCTAssertEqual(PhraseKey(phrase: "认证成功企业数为").text, "认证成功企业数")
        XCTAssertEqual(PhraseKey(phrase: "共收件").text, "收件")
        XCTAssertEqual(PhraseKey(phrase: "总用户数达").text, "用户数")
    }

    func testWordsInsideThePhraseStay() {
        XCTAssertEqual(PhraseKey(phrase: "发证总数").text, "发证总数")
        XCTAssertNotEqual(PhraseKey(phrase: "善美店小二小程序发布各类政策信息"), PhraseKey(phrase: "小程序发布各类政策信息"))
    }
}
