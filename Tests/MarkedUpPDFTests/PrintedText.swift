import Foundation
import TestSupport
import XCTest

/// Where a PDF prints a string, found by PyMuPDF's text search: a judge independent of our
/// reading of the text layer. Points from the page's top left.
enum PrintedText {
    typealias Rect = (x0: Double, y0: Double, x1: Double, y1: Double)

    /// The first place page `page` (from 1) prints each of `texts`, in one run of PyMuPDF.
    static func rects(of texts: [String], page: Int, in pdf: URL, line: UInt = #line) throws -> [Rect] {
        let script = """
            import sys, pymupdf
            page = pymupdf.open(sys.argv[1])[int(sys.argv[2]) - 1]
            for text in sys.argv[3:]:
                hits = page.search_for(text)
                print(*(hits[0] if hits else ["missing"]))
            """
        let result = try ExternalCommand.run(["python3", "-c", script, pdf.path, "\(page)"] + texts, mergingErrors: false)
        let rows = result.output.split(separator: "\n").map { $0.split(separator: " ").compactMap { Double($0) } }
        guard result.status == 0, rows.count == texts.count, rows.allSatisfy({ $0.count == 4 }) else {
            XCTFail("PyMuPDF did not find all of \(texts) on page \(page) of \(pdf.lastPathComponent): \(result.output)", line: line)
            return texts.map { _ in (0, 0, 0, 0) }
        }
        return rows.map { ($0[0], $0[1], $0[2], $0[3]) }
    }

    static func rect(of text: String, page: Int, in pdf: URL, line: UInt = #line) throws -> Rect {
        try rects(of: [text], page: page, in: pdf, line: line)[0]
    }

    /// The page's text as `pdftotext -layout` reads it.
    static func page(_ page: Int, of pdf: URL) throws -> String {
        try ExternalCommand.run(["pdftotext", "-layout", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"], mergingErrors: false).output
    }

    /// `pdfinfo`'s page count.
    static func pageCount(of pdf: URL) throws -> Int? {
        let info = try ExternalCommand.run(["pdfinfo", pdf.path], mergingErrors: false).output
        return info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
    }
}
