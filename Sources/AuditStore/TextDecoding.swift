import Foundation
import Glibc
import PDFText

/// Text decoded to UTF-8, with the encoding it was found in.
public struct DecodedText: Equatable {
    public let text: String
    public let encoding: TextEncoding
    /// Lines as editors number them: a final line without a newline still counts.
    public let lineCount: Int
    /// The words with boxes the text was laid out from, when the file is a PDF.
    public let pdf: ExtractedPDF?

    public init(text: String, encoding: TextEncoding) {
        self.text = text
        self.encoding = encoding
        lineCount = LineCounting.lines(in: text)
        pdf = nil
    }

    public init(pdf: ExtractedPDF) {
        text = pdf.layout.text
        encoding = .pdf
        lineCount = LineCounting.lines(in: text)
        self.pdf = pdf
    }
}

/// Recognises and decodes report files: a PDF by its header, whose text layer is laid out as
/// text; UTF-16 with BOM, UTF-8 with or without BOM, else GB18030.
public enum TextDecoding {
    /// Throws `PDFReadError` for a PDF that cannot be read, `TextDecodingError` for other bytes.
    public static func decode(_ bytes: Data) throws -> DecodedText {
        if PDFExtraction.isPDF(bytes) { return DecodedText(pdf: try PDFExtraction.extract(bytes)) }
        if let utf16 = try decodeUTF16WithBOM(bytes) { return utf16 }
        if let nul = firstNULOffset(bytes) { throw TextDecodingError.nulByte(offset: nul) }
        let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bytes.starts(with: utf8BOM) {
            let body = bytes.dropFirst(utf8BOM.count)
            guard let text = String(validating: body, as: UTF8.self) else {
                throw TextDecodingError.undecodable(offset: utf8BOM.count + firstInvalidUTF8Offset(body))
            }
            return DecodedText(text: text, encoding: .utf8WithBOM)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8)
        }
        return DecodedText(text: try decodeGB18030(bytes), encoding: .gb18030)
    }

    /// Where neither encoding fits, the one that read further is most likely the file's, so its
    /// failure offset is the one to report: a UTF-8 file with one stray byte gets that byte's offset.
    private static func decodeGB18030(_ bytes: Data) throws -> String {
        do {
            return try GB18030.decode(bytes)
        } catch TextDecodingError.undecodable(let offset) {
            throw TextDecodingError.undecodable(offset: max(offset, firstInvalidUTF8Offset(bytes)))
        }
    }

    /// UTF-16 is only recognised by its BOM: without one, its NUL-heavy bytes look binary.
    private static func decodeUTF16WithBOM(_ bytes: Data) throws -> DecodedText? {
        let bom = Array(bytes.prefix(2))
        let encoding: TextEncoding
        switch bom {
        case [0xFF, 0xFE]: encoding = .utf16LittleEndian
        case [0xFE, 0xFF]: encoding = .utf16BigEndian
        default: return nil
        }
        let body = Array(bytes.dropFirst(2))
        guard body.count % 2 == 0 else { throw TextDecodingError.undecodable(offset: bytes.count - 1) }
        let units = stride(from: 0, to: body.count, by: 2).map { index in
            encoding == .utf16LittleEndian
                ? UInt16(body[index]) | UInt16(body[index + 1]) << 8
                : UInt16(body[index]) << 8 | UInt16(body[index + 1])
        }
        let text = try decodeUTF16Units(units)
        return DecodedText(text: text, encoding: encoding)
    }

    private static func decodeUTF16Units(_ units: [UInt16]) throws -> String {
        var scalars = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var offset = 2
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { throw TextDecodingError.nulByte(offset: offset) }
                scalars.append(scalar)
                offset += scalar.utf16.count * 2
            case .emptyInput:
                return String(scalars)
            case .error:
                throw TextDecodingError.undecodable(offset: offset)
            }
        }
    }

    private static func firstNULOffset(_ bytes: Data) -> Int? {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - base
        }
    }

    private static func firstInvalidUTF8Offset(_ bytes: Data) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }
}
