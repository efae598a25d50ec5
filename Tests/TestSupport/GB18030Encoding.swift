import Foundation
import Glibc

/// `text` encoded as GB18030 by glibc's iconv, independently of the decoder under test.
public func gb18030(_ text: String) throws -> Data {
    let converter = iconv_open("GB18030", "UTF-8")
    guard let converter, converter != iconv_t(bitPattern: -1) else { throw POSIXError(.EINVAL) }
    defer { iconv_close(converter) }
    var input = Array(text.utf8CString.dropLast())
    var output = [CChar](repeating: 0, count: input.count * 2 + 16)
    let written: Int = input.withUnsafeMutableBufferPointer { inputBuffer in
        output.withUnsafeMutableBufferPointer { outputBuffer in
            var inputPointer = inputBuffer.baseAddress
            var inputLeft = inputBuffer.count
            var outputPointer = outputBuffer.baseAddress
            var outputLeft = outputBuffer.count
            guard iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft) != -1 else { return -1 }
            return outputBuffer.count - outputLeft
        }
    }
    guard written >= 0 else { throw POSIXError(.EILSEQ) }
    return Data(output[..<written].map { UInt8(bitPattern: $0) })
}
