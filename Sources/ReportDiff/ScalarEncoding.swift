extension Array where Element == UInt8 {
    /// Appends `scalar` as UTF-8.
    mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        UTF8.encode(scalar) { append($0) }
    }
}

extension String {
    /// The string of `scalars`, encoded straight to UTF-8: appending them one by one to a
    /// `String.UnicodeScalarView` was most of the cost of writing out an inline diff.
    init<Scalars: Sequence>(utf8Of scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(3 * scalars.underestimatedCount)
        for scalar in scalars { bytes.appendUTF8(scalar) }
        self.init(decoding: bytes, as: UTF8.self)
    }
}
