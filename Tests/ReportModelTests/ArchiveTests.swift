import Foundation
import ReportModel
import TestSupport
import XCTest

final class ArchiveTests: XCTestCase {
    private static let sample2020 = String(
        decoding: try! Data(contentsOf: SampleReport.url.deletingLastPathComponent().appendingPathComponent("2020.txt")), as: UTF8.self
    )

    func testSampleModelsSurviveTheArchiveExactly() throws {
        for text in [SampleReport.text, Self.sample2020] {
            let report = ReportParser.parse(text)
            let loaded = try XCTUnwrap(ReportArchive.decode(ReportArchive.encode(report)))
            XCTAssertEqual(loaded, report)
            // Equal decimals can still print differently ("1.5" / "1.50"); the JSON shows every digit.
            XCTAssertEqual(try loaded.json(), try report.json())
        }
    }

    func testEveryKindOfValueSurvives() throws {
        let text = """
        其中：全年接待约1.5万人次，比上年减少0.25亿元，增长-3.40%，支出（1,234.50）元。\u{20}

        表1
        收入支出决算总表
        单位：万元
        项目 行次 金额
        一般公共预算财政拨款收入 1 -1,234.50
        合计 2 (20.00)

        """
        let report = ReportParser.parse(text)
        // Negative and parenthesised amounts, trailing zeros, units converted to their base.
        XCTAssertEqual(report.figures.map(\.amount.printed), ["1.5", "0.25", "-3.40", "(1,234.50)"])
        XCTAssertEqual(report.figures.compactMap(\.base?.value.plainString), ["15000", "2500", "-3.4", "-0.12345"])
        XCTAssertEqual(report.tables.first?.sides.first?.rows.compactMap { $0.cells.first??.amount.printed }, ["-1,234.50", "(20.00)"])
        let loaded = try XCTUnwrap(ReportArchive.decode(ReportArchive.encode(report)))
        XCTAssertEqual(loaded, report)
        XCTAssertEqual(try loaded.json(), try report.json())
    }

    func testRandomTextsSurvive() throws {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let report = ReportParser.parse(generator.reportLikeText())
            XCTAssertEqual(ReportArchive.decode(ReportArchive.encode(report)), report)
        }
    }

    func testAnotherParserVersionIsNotTrusted() {
        var bytes = [UInt8](ReportArchive.encode(SampleReport.report))
        let header = Array("audit-model\n".utf8).count
        // Varints: layout version 1 is the byte 2 (zigzag), the parser version follows.
        bytes[header + 1] &+= 2
        XCTAssertNil(ReportArchive.decode(Data(bytes)))
    }

    func testDamagedArchivesAreRejectedNotTrusted() {
        let archive = [UInt8](ReportArchive.encode(SampleReport.report))
        XCTAssertNil(ReportArchive.decode(Data()))
        XCTAssertNil(ReportArchive.decode(Data("not an archive".utf8)))
        XCTAssertNil(ReportArchive.decode(Data(archive.dropLast())))
        XCTAssertNil(ReportArchive.decode(Data(archive + [0])))
        var generator = SplitMix64(seed: 11)
        for _ in 0..<150 {
            var damaged = archive
            let cut = Int(generator.next() % UInt64(archive.count))
            damaged[cut] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
            // Whatever a flipped byte yields, decoding must neither trap nor hang.
            _ = ReportArchive.decode(Data(damaged))
            XCTAssertNil(ReportArchive.decode(Data(damaged.prefix(cut))))
        }
    }
}
