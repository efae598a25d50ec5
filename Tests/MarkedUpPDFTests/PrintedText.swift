import Foundation
import TestSupport
import XCTest

/// Where a PDF prints a string, found by PyMuPDF's text search: a judge independent of our
/// reading of the text layer. Points from the page's top left.
enum PrintedText {
    static func rect(of text: String, page: Int, in pdf: URL, line: UInt = #line) throws -> (x0: Double, y0: Double, x1: Double, y1: Double) {
        let script = """
            import sys, pymupdf
            hits = pymupdf.open(sys.argv[1])[int(sys.argv[2]) - 1].search_for(sys.argv[3])
            print(len(hits), *(hits[0] if hits else []))
            """
        let result = try ExternalCommand.run(["python3", "-c", script, pdf.path, "\(page)", text], mergingErrors: false)
        let values = result.output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard result.status == 0, values.count == 5 else {
            XCTFail("PyMuPDF did not find «\(text)» on page \(page) of \(pdf.lastPathComponent): \(result.output)", line: line)
            return (0, 0, 0, 0)
        }
        return (values[1], values[2], values[3], values[4])
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
