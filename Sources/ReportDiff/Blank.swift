extension Unicode.Scalar {
    /// Spaces and line breaks as extracted report text has them, ideographic space included.
    /// Checked for every character of both reports, so a switch rather than Unicode properties.
    var isBlank: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x3000: return true
        default: return false
        }
    }
}
