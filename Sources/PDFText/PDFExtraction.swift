import Foundation
import PDF

/// A PDF's text layer: its words with boxes, laid out as text.
public struct ExtractedPDF: Equatable, Sendable {
    public let layout: LayoutText
    public var pageCount: Int { layout.pageCount }
}

/// Reads a PDF's words page by page with poppler, in process.
public enum PDFExtraction {
    static let magic = Data("%PDF-".utf8)
    /// Readers accept %%EOF anywhere in the last kilobyte, since writers append line ends after it.
    static let trailerWindow = 1024

    /// Whether `bytes` are a PDF, by its header rather than the file's name.
    public static func isPDF(_ bytes: Data) -> Bool {
        bytes.starts(with: magic)
    }

    public static func extract(_ bytes: Data) throws -> ExtractedPDF {
        guard bytes.suffix(trailerWindow).range(of: Data("%%EOF".utf8)) != nil else { throw PDFReadError.truncated }
        let document: PDFDocument
        do {
            document = try PDFDocument(data: bytes)
        } catch let error as PDFError {
            throw error.kind == .encrypted ? PDFReadError.encrypted : PDFReadError.damaged(error.message)
        }
        let count = document.pageCount
        guard count > 0 else { throw PDFReadError.noPages }
        var pages: [[PDFWord]] = []
        var scanned: [Int] = []
        for index in 0..<count {
            guard let page = document.page(at: index) else { throw PDFReadError.damaged("page \(index + 1) cannot be read") }
            let words = WordGrouping.words(of: page.characters(), page: index + 1)
            if words.isEmpty, page.hasImages { scanned.append(index + 1) }
            pages.append(words)
        }
        if !scanned.isEmpty { throw PDFReadError.noText(pages: scanned, of: count) }
        guard pages.contains(where: { !$0.isEmpty }) else { throw PDFReadError.noText(pages: Array(1...count), of: count) }
        return ExtractedPDF(layout: LayoutText(pages: pages))
    }
}
