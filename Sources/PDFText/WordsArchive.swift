import Foundation
import PDF

/// `words.bin`: the placed words of a PDF's layout text, so that a reader of table geometry
/// need not open the PDF again. Little-endian; a header names the format version, and any
/// damage makes `decode` answer nil, upon which the reader recomputes from the original.
public enum WordsArchive {
    static let magic = Data("audit-words\n".utf8)
    static let version: UInt32 = 1

    public static func encode(_ words: [PlacedWord]) -> Data {
        var data = magic
        append(version, to: &data)
        append(UInt32(words.count), to: &data)
        for placed in words {
            let word = placed.word
            append(UInt32(word.page), to: &data)
            for value in [word.box.x0, word.box.y0, word.box.x1, word.box.y1, word.fontSize] {
                append(value.bitPattern, to: &data)
            }
            append(UInt32(placed.line), to: &data)
            append(UInt32(placed.column), to: &data)
            let text = Data(word.text.utf8)
            append(UInt32(text.count), to: &data)
            data.append(text)
        }
        return data
    }

    public static func decode(_ data: Data) -> [PlacedWord]? {
        var reader = Reader(data: data)
        guard reader.bytes(magic.count) == magic, reader.uint32() == version, let count = reader.uint32() else { return nil }
        var words: [PlacedWord] = []
        words.reserveCapacity(Int(min(count, 1 << 20)))
        for _ in 0..<count {
            guard let page = reader.uint32(), let x0 = reader.double(), let y0 = reader.double(),
                  let x1 = reader.double(), let y1 = reader.double(), let fontSize = reader.double(),
                  let line = reader.uint32(), let column = reader.uint32(), let length = reader.uint32(),
                  let bytes = reader.bytes(Int(length)), let text = String(data: bytes, encoding: .utf8)
            else { return nil }
            let word = PDFWord(text: text, page: Int(page), box: PDFBox(x0: x0, y0: y0, x1: x1, y1: y1), fontSize: fontSize)
            words.append(PlacedWord(word: word, line: Int(line), column: Int(column)))
        }
        return reader.atEnd ? words : nil
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    private struct Reader {
        let data: Data
        var offset: Int

        init(data: Data) {
            self.data = data
            offset = data.startIndex
        }

        var atEnd: Bool { offset == data.endIndex }

        mutating func bytes(_ count: Int) -> Data? {
            guard count >= 0, data.endIndex - offset >= count else { return nil }
            defer { offset += count }
            return data[offset..<offset + count]
        }

        mutating func uint32() -> UInt32? { integer() }

        mutating func double() -> Double? { (integer() as UInt64?).map(Double.init(bitPattern:)) }

        private mutating func integer<T: FixedWidthInteger>() -> T? {
            guard let bytes = bytes(MemoryLayout<T>.size) else { return nil }
            return bytes.enumerated().reduce(T.zero) { $0 | T($1.element) << (8 * $1.offset) }
        }
    }
}
