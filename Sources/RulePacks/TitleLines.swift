/// The lines of a report's text that end in 表, blanks removed: what format detection reads
/// before the text is parsed. Only lines holding 表 at all are read as characters; the others
/// (nearly all of a report) are passed over as UTF-8 bytes, which is what keeps detection a
/// small part of a check (reading every line as characters cost 2.6 parses of the seed).
enum TitleLines {
    private static let mark = Array("表".utf8)

    static func of(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var titles: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "\n") {
                let chunk = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                guard holdsMark(chunk) else { continue }
                // Other line separators (\r, U+2028, …) and blanks as Character reads them.
                titles += String(decoding: chunk, as: UTF8.self).split(whereSeparator: \.isNewline)
                    .map { $0.filter { !$0.isWhitespace } }.filter { $0.hasSuffix("表") }
            }
            return titles
        }
    }

    private static func holdsMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= mark.count else { return false }
        for index in 0...(bytes.count - mark.count) where bytes[index] == mark[0] {
            if bytes[index + 1] == mark[1] && bytes[index + 2] == mark[2] { return true }
        }
        return false
    }
}
