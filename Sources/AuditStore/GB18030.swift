import Foundation
import Glibc

/// GB18030 (and so GBK and GB2312) to UTF-8 through glibc's iconv.
enum GB18030 {
    /// Converts all of `bytes` or throws with the offset of the first byte iconv rejects.
    static func decode(_ bytes: Data) throws -> String {
        guard let converter = iconv_open("UTF-8", "GB18030"), converter != iconv_t(bitPattern: -1) else {
            throw TextDecodingError.converterMissing(encoding: "GB18030")
        }
        defer { iconv_close(converter) }
        // iconv takes a non-const input pointer, so it gets a private copy.
        var input = bytes
        var output = Data()
        try input.withUnsafeMutableBytes { inputBuffer in
            var inputPointer = inputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
            var inputLeft = inputBuffer.count
            while inputLeft > 0 {
                try convertChunk(converter, &inputPointer, &inputLeft, into: &output, total: inputBuffer.count)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func convertChunk(
        _ converter: iconv_t, _ input: inout UnsafeMutablePointer<CChar>?, _ inputLeft: inout Int,
        into output: inout Data, total: Int
    ) throws {
        var chunk = [CChar](repeating: 0, count: 1 << 16)
        let written: Int = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
            var outputPointer = chunkBuffer.baseAddress
            var outputLeft = chunkBuffer.count
            let result = iconv(converter, &input, &inputLeft, &outputPointer, &outputLeft)
            // E2BIG only means the chunk is full; the caller loops for the rest.
            if result == -1 && errno != E2BIG { return -1 }
            return chunkBuffer.count - outputLeft
        }
        guard written >= 0 else { throw TextDecodingError.undecodable(offset: total - inputLeft) }
        chunk.withUnsafeBytes { output.append(contentsOf: $0.prefix(written)) }
    }
}
