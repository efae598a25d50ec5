import Foundation

/// Reads what `ArchiveWriter` wrote. Every read is bounds-checked: a truncated or damaged
/// archive throws instead of trapping.
public struct ArchiveReader {
    public struct Damaged: Error {
        public init() {}
    }

    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var isAtEnd: Bool { position == bytes.count }

    public mutating func int() throws -> Int {
        let raw = try unsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    public mutating func unsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// A count of elements still to come; each takes at least one byte, so a larger count is damage.
    public mutating func count() throws -> Int {
        let value = try unsigned()
        guard value <= UInt64(bytes.count - position) else { throw Damaged() }
        return Int(value)
    }

    public mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    public mutating func string() throws -> String {
        let length = try count()
        defer { position += length }
        let start = position
        // Git verifies every object's hash on reading, so stored bytes are the bytes written; the
        // decoding form is the fast one (`validating:` goes through unspecialised generics).
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + length]), as: UTF8.self) }
    }

    public mutating func decimal() throws -> Decimal {
        let length = try count()
        defer { position += length }
        let start = position
        guard let value = bytes.withUnsafeBufferPointer({ PlainDecimal.parse(UnsafeBufferPointer(rebasing: $0[start..<start + length])) }) else {
            throw Damaged()
        }
        return value
    }

    @inline(__always)
    public mutating func optional<T>(_ read: (inout ArchiveReader) throws -> T) throws -> T? {
        try bool() ? read(&self) : nil
    }

    @inline(__always)
    public mutating func array<T>(_ read: (inout ArchiveReader) throws -> T) throws -> [T] {
        let count = try count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    public mutating func expect(_ expected: [UInt8]) throws {
        guard bytes.count - position >= expected.count, bytes[position..<position + expected.count].elementsEqual(expected) else {
            throw Damaged()
        }
        position += expected.count
    }

    private mutating func byte() throws -> UInt8 {
        guard position < bytes.count else { throw Damaged() }
        defer { position += 1 }
        return bytes[position]
    }
}
