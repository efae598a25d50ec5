import Localization
import RulePacks
import XCTest

/// What every rule-pack error must be in Chinese: a `RulePackError` whose Chinese line starts
/// with the same `FILE:LINE:COLUMN: ` as the English one, goes on in Chinese (more Chinese characters
/// than the English line, which quotes the same names), and stays on one line.
enum PackErrorWording {
    static func check(_ error: Error, file: StaticString = #filePath, line: UInt = #line) {
        guard let error = error as? RulePackError else {
            return XCTFail("not a RulePackError: \(error)", file: file, line: line)
        }
        let place = "\(error.file):\(error.line):\(error.column): "
        let english = error.wording.text(in: .en)
        let chinese = error.wording.text(in: .zh)
        XCTAssertEqual(english, error.description, file: file, line: line)
        XCTAssertTrue(english.hasPrefix(place), english, file: file, line: line)
        XCTAssertTrue(chinese.hasPrefix(place), "the place differs: \(chinese)", file: file, line: line)
        XCTAssertNotEqual(chinese, english, "no Chinese wording: \(english)", file: file, line: line)
        let ownCJK = chinese.dropFirst(place.count).unicodeScalars.filter(isCJK).count
        let englishCJK = english.dropFirst(place.count).unicodeScalars.filter(isCJK).count
        XCTAssertGreaterThan(ownCJK, englishCJK, "the problem is not said in Chinese: \(chinese)", file: file, line: line)
        XCTAssertFalse(chinese.contains("\n"), chinese, file: file, line: line)
    }

    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value)
    }
}
