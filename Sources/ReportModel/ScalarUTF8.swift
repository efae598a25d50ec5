// Conversions between UTF-8 and Unicode scalars, written out by hand: the parser converts
// every line and every piece of text it keeps, and the standard library's general paths
// (scalar views, per-byte callbacks) cost several times more.

extension Array where Element == Unicode.Scalar {
    /// Decodes a line straight from the text's UTF-8, in one pass: no buffer for the whole
    /// text, no growing, since a line has at most as many scalars as bytes. The bytes come
    /// from a `String`, so they are valid UTF-8.
    init(decoding utf8: UnsafeBufferPointer<UInt8>) {
        self.init(unsafeUninitializedCapacity: utf8.count) { buffer, initialized in
            var index = 0
            while index < utf8.count {
                let lead = UInt32(utf8[index])
                func continuation(_ offset: Int) -> UInt32 { UInt32(utf8[index + offset] & 0x3F) }
                let value: UInt32
                switch lead {
                case ..<0x80: value = lead
                case ..<0xE0: value = (lead & 0x1F) << 6 | continuation(1)
                case ..<0xF0: value = (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
                default: value = (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
                }
                buffer[initialized] = Unicode.Scalar(value).unsafelyUnwrapped
                initialized += 1
                index += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            }
        }
    }
}

extension String {
    /// Builds a string from scalars by writing their UTF-8 straight into the string's
    /// storage: much faster than appending scalars one by one to a scalar view.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        let capacity = scalars.reduce(0) { $0 + UTF8.width($1) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars {
                // Encoded by hand: `UTF8.encode` calls back once per byte.
                let value = scalar.value
                func put(_ byte: UInt32) {
                    buffer[count] = UInt8(truncatingIfNeeded: byte)
                    count += 1
                }
                switch value {
                case ..<0x80:
                    put(value)
                case ..<0x800:
                    put(0xC0 | value >> 6)
                    put(0x80 | value & 0x3F)
                case ..<0x10000:
                    put(0xE0 | value >> 12)
                    put(0x80 | value >> 6 & 0x3F)
                    put(0x80 | value & 0x3F)
                default:
                    put(0xF0 | value >> 18)
                    put(0x80 | value >> 12 & 0x3F)
                    put(0x80 | value >> 6 & 0x3F)
                    put(0x80 | value & 0x3F)
                }
            }
            return count
        }
    }
}
