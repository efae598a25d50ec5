extension Unicode.Scalar {
    /// Columns the scalar takes in layout text and on a terminal: two for East Asian wide and
    /// full-width forms (CJK ideographs, extension planes included), none for the form feed that
    /// opens a page. The writer of a PDF's layout text and its reader count with this one table.
    public var displayWidth: Int {
        switch value {
        case 0x0C: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }
}

extension String {
    /// Columns the string takes: the sum of its scalars' `displayWidth`.
    public var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + $1.displayWidth }
    }
}
