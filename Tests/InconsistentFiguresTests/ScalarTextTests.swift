import Foundation
@testable import InconsistentFigures
import XCTest

/// The scalar helpers that replace Foundation's string calls in the rules give Foundation's answers.
final class ScalarTextTests: XCTestCase {
    func testBlankIsUnicodeWhiteSpaceForEveryScalar() {
        let scalars = (0...0x10FFFF).compactMap(Unicode.Scalar.init(_:))
        let differing = scalars.filter { $0.isBlank != $0.properties.isWhitespace }
        XCTAssertEqual(differing.map { String($0.value, radix: 16) }, [])
    }

    func testRemovingAllIsReplacingOccurrencesWithNothing() {
        let cases: [(String, String)] = [
            ("大厅自启用以来累计接待群众和企业人数", "累计"), ("累计累计累计", "累计"), ("累累计计", "累计"),
            ("政务服务优化提升（2020年）项目2020年", "2020年"), ("、其他用车、", "、"), ("", "已"), ("已", "已"), ("已经已", "已经"),
        ]
        for (text, word) in cases {
            XCTAssertEqual(text.removingAll(word), text.replacingOccurrences(of: word, with: ""), "\(text) − \(word)")
        }
    }

    func testPhraseKeyDropsLeadingAndTrailingWordsButKeepsOneScalar() {
        XCTAssertEqual(PhraseKey(phrase: "共总").text, "总")
        XCTAssertEqual(PhraseKey(phrase: "为是").text, "为")
        XCTAssertEqual(PhraseKey(phrase: "").text, "")
        XCTAssertEqual(PhraseKey(phrase: "共有车辆为").text, "有车辆")
    }
}
