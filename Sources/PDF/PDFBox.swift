/// A rectangle on a page in PDF points, y growing downwards from the page's top edge (poppler's
/// text coordinates), so that sorting by `y0` reads top to bottom.
public struct PDFBox: Equatable, Hashable, Sendable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }

    public func union(_ other: PDFBox) -> PDFBox {
        PDFBox(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// How much of the lower of the two boxes' heights their vertical extents share, 0...1.
    public func verticalOverlap(with other: PDFBox) -> Double {
        let shared = min(y1, other.y1) - max(y0, other.y0)
        let shorter = min(height, other.height)
        guard shorter > 0 else { return shared >= 0 ? 1 : 0 }
        return max(0, shared) / shorter
    }
}
