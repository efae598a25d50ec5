/// Why bytes are not accepted as text.
public enum TextDecodingError: Error, Equatable, CustomStringConvertible {
    case nulByte(offset: Int)
    case undecodable(offset: Int)
    /// glibc's iconv has no converter for the encoding (its gconv modules are missing).
    case converterMissing(encoding: String)

    public var description: String {
        switch self {
        case .nulByte(let offset): return "binary: NUL byte at offset \(offset)"
        case .undecodable(let offset): return "undecodable bytes at offset \(offset)"
        case .converterMissing(let encoding): return "this system's iconv cannot decode \(encoding)"
        }
    }
}
