import AuditStore
import Foundation
import TestSupport
import XCTest

final class TextDecodingTests: XCTestCase {
    func testPlainUTF8IsAcceptedAsIs() throws {
        let decoded = try TextDecoding.decode(Data(sampleReportText.utf8))
        XCTAssertEqual(decoded, DecodedText(text: sampleReportText, encoding: .utf8))
    }

    func testUTF8ByteOrderMarkIsStripped() throws {
        let decoded = try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data(sampleReportText.utf8))
        XCTAssertEqual(decoded.text, sampleReportText)
        XCTAssertEqual(decoded.encoding, .utf8WithBOM)
    }

    func testGB18030IsDetectedAndDecodedWithTheSameLineCount() throws {
        let original = try gb18030(sampleReportText)
        XCTAssertNil(String(data: original, encoding: .utf8), "fixture must not be valid UTF-8")
        let decoded = try TextDecoding.decode(original)
        XCTAssertEqual(decoded.encoding, .gb18030)
        XCTAssertEqual(decoded.text, sampleReportText)
        XCTAssertEqual(decoded.lineCount, sampleReportText.split(separator: "\n", omittingEmptySubsequences: false).count - 1)
        XCTAssertEqual(decoded.lineCount, original.filter { $0 == 0x0A }.count)
    }

    func testGB18030FourByteSequencesDecode() throws {
        let text = "㐀€𠀀 rare characters\r\nsecond line"
        let decoded = try TextDecoding.decode(try gb18030(text))
        XCTAssertEqual(decoded, DecodedText(text: text, encoding: .gb18030))
        XCTAssertEqual(decoded.lineCount, 2)
    }

    func testNULByteMeansBinaryAndNamesItsOffset() {
        XCTAssertThrowsError(try TextDecoding.decode(Data("abc\u{0}def".utf8))) { error in
            XCTAssertEqual(error as? TextDecodingError, .nulByte(offset: 3))
        }
    }

    func testBytesNeitherUTF8NorGB18030AreUndecodableAtTheirOffset() throws {
        let bytes = Data("ok ".utf8) + Data([0xFF, 0xFF, 0x41])
        XCTAssertThrowsError(try TextDecoding.decode(bytes)) { error in
            XCTAssertEqual(error as? TextDecodingError, .undecodable(offset: 3))
        }
    }

    func testUTF8WithAStrayByteReportsTheStrayBytesOffset() {
        // "表" in UTF-8 also reads as a GB18030 character, so GB18030 alone would fail earlier, at offset 2.
        let bytes = Data("表1 ".utf8) + Data([0x80, 0xFF])
        XCTAssertThrowsError(try TextDecoding.decode(bytes)) { error in
            XCTAssertEqual(error as? TextDecodingError, .undecodable(offset: 5))
        }
    }

    func testTruncatedGB18030SequenceAtTheEndIsUndecodable() throws {
        let bytes = try gb18030("部门") + Data([0xB2])
        XCTAssertThrowsError(try TextDecoding.decode(bytes)) { error in
            XCTAssertEqual(error as? TextDecodingError, .undecodable(offset: 4))
        }
    }

    func testInvalidUTF8AfterABOMIsUndecodable() {
        let bytes = Data([0xEF, 0xBB, 0xBF, 0x61, 0xC3])
        XCTAssertThrowsError(try TextDecoding.decode(bytes)) { error in
            XCTAssertEqual(error as? TextDecodingError, .undecodable(offset: 4))
        }
    }

    func testUTF16WithByteOrderMarkDecodesBothByteOrders() throws {
        let text = "部门决算\n第二行\n"
        let little = Data([0xFF, 0xFE]) + text.utf16.reduce(into: Data()) { $0.append(contentsOf: [UInt8($1 & 0xFF), UInt8($1 >> 8)]) }
        let big = Data([0xFE, 0xFF]) + text.utf16.reduce(into: Data()) { $0.append(contentsOf: [UInt8($1 >> 8), UInt8($1 & 0xFF)]) }
        XCTAssertEqual(try TextDecoding.decode(little), DecodedText(text: text, encoding: .utf16LittleEndian))
        XCTAssertEqual(try TextDecoding.decode(big), DecodedText(text: text, encoding: .utf16BigEndian))
    }

    func testUTF16WithAnOddByteCountIsUndecodable() {
        XCTAssertThrowsError(try TextDecoding.decode(Data([0xFF, 0xFE, 0x41, 0x00, 0x42]))) { error in
            XCTAssertEqual(error as? TextDecodingError, .undecodable(offset: 4))
        }
    }

    func testLineCountCountsAFinalLineWithoutNewline() throws {
        XCTAssertEqual(try TextDecoding.decode(Data("a\nb".utf8)).lineCount, 2)
        XCTAssertEqual(try TextDecoding.decode(Data("a\nb\n".utf8)).lineCount, 2)
        XCTAssertEqual(try TextDecoding.decode(Data("a\r\n\r\nb\r\n".utf8)).lineCount, 3)
    }
}
