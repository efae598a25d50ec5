extension String {
    /// The Unicode scalars of the string as an array, decoded straight from its UTF-8 storage:
    /// `Array(unicodeScalars)` walks the string twice (once to count) and is the larger cost
    /// of tokenising a report.
    var scalarArray: [Unicode.Scalar] {
        var copy = self
        return copy.withUTF8 { bytes in
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let lead = UInt32(bytes[index])
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                var value = length == 1 ? lead : lead & (0xFF >> (length + 1))
                for offset in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                // A Swift string's UTF-8 is always valid, so every sequence decodes.
                scalars.append(Unicode.Scalar(value)!)
                index += length
            }
            return scalars
        }
    }
}
