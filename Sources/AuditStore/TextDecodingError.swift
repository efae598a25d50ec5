/// Why bytes are not accepted as text.
public enum TextDecodingError: Error, Equatable, CustomStringConvertible {
    case nulByte(offset: Int)
    case undecodable(offset: Int)

    public var description: String {
        switch self {
        case .nulByte(let offset): return "binary: NUL byte at offset \(offset)"
        case .undecodable(let offset): return "undecodable bytes at offset \(offset)"
        }
    }
}
