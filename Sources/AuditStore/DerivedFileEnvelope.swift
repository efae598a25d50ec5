import Foundation

/// The bytes of a cached derived file: a magic line, the blob id of the text it was derived
/// from and a newline, the file itself, then a checksum of everything before it (8 bytes,
/// little-endian). Binding the file to its text catches a file copied over from another
/// revision; the checksum catches an edit or damage anywhere, header included.
enum DerivedFileEnvelope {
    struct Invalid: Error, CustomStringConvertible {
        let description: String
    }

    private static let magic = Data("audit-derived 1\n".utf8)
    private static let idLength = 40
    private static let checksumLength = 8
    private static let headerLength = magic.count + idLength + 1

    static func seal(_ payload: Data, text: String) -> Data {
        var sealed = magic + Data(text.utf8) + Data("\n".utf8) + payload
        let sum = sealed.withUnsafeBytes(Checksum.of)
        withUnsafeBytes(of: sum.littleEndian) { sealed.append(contentsOf: $0) }
        return sealed
    }

    /// The payload of `sealed` when it verifies as derived from `text`.
    static func open(_ sealed: Data, text: String) throws -> Data {
        guard sealed.count >= headerLength + checksumLength, sealed.starts(with: magic) else {
            throw Invalid(description: "not a derived file of this format")
        }
        let body = sealed.count - checksumLength
        let verified = sealed.withUnsafeBytes { bytes in
            Checksum.of(UnsafeRawBufferPointer(rebasing: bytes[..<body])) == UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: body, as: UInt64.self))
        }
        guard verified else { throw Invalid(description: "its checksum does not match its contents") }
        let start = sealed.startIndex
        let id = String(decoding: sealed[(start + magic.count)..<(start + magic.count + idLength)], as: UTF8.self)
        guard id == text, sealed[start + headerLength - 1] == UInt8(ascii: "\n") else {
            throw Invalid(description: "it was derived from text \(id), not \(text)")
        }
        return sealed[(start + headerLength)..<(start + body)]
    }
}
