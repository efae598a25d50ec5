import CheckerKit
import Foundation
import MarkedUpPDF
import PDFText
import TestSupport
import XCTest

/// One page as a PNG with boxes (the browser workbench's picture of a finding).
final class PagePNGTests: XCTestCase {
    func testTheBoxedWordIsRedAndTheRestOfThePageIsNot() throws {
        let pdf = try Data(contentsOf: ShanghaiReports.pdf("caizhengju-2024"))
        let words = try PDFExtraction.extract(pdf).layout.words
        // Page 1 of the report is its cover: "上海市普陀区财政局" in large type (looked at with pdftoppm).
        let title = try XCTUnwrap(words.first { $0.word.page == 1 && $0.word.text.contains("财政局") }).word
        let scale = 2.0
        let png = try PagePNG.render(pdf: pdf, page: 1, highlights: [PageHighlight(box: title.box, level: .error, number: 1)], scale: scale)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG signature")
        let file = try makeTemporaryDirectory(for: self).appendingPathComponent("page1.png")
        try png.write(to: file)

        let box = title.box
        let inside = try RegionColour.mean(of: file, x0: box.x0 * scale, y0: box.y0 * scale, x1: box.x1 * scale, y1: box.y1 * scale)
        XCTAssertTrue(inside.isRed, "the title's box is red: \(inside)")
        // The same size of page just below the box, where nothing was drawn.
        let below = try RegionColour.mean(of: file, x0: box.x0 * scale, y0: (box.y1 + 40) * scale, x1: box.x1 * scale, y1: (box.y1 + 40 + box.height) * scale)
        XCTAssertTrue(below.isNeutral, "below the box the page is as printed: \(below)")
    }

    func testAPageTheDocumentLacksIsAnError() throws {
        let pdf = try Data(contentsOf: ShanghaiReports.pdf("template-2024"))
        XCTAssertThrowsError(try PagePNG.render(pdf: pdf, page: 999, highlights: [])) { error in
            XCTAssertTrue("\(error)".contains("no page 999"), "\(error)")
        }
    }

    func testTheBinaryDoesNotLinkCairo() throws {
        let libraries = try ExternalCommand.run(["ldd", try AuditBinary.url().path]).output
        XCTAssertFalse(libraries.isEmpty)
        XCTAssertFalse(libraries.contains("libcairo"), "cairo is loaded with dlopen when a page is drawn:\n\(libraries)")
    }
}
