/// One character of a page's text layer as poppler reads it: the scalar, its box, its font size.
public struct PDFCharacter: Equatable, Sendable {
    public let scalar: Unicode.Scalar
    public let box: PDFBox
    public let fontSize: Double

    public init(scalar: Unicode.Scalar, box: PDFBox, fontSize: Double) {
        self.scalar = scalar
        self.box = box
        self.fontSize = fontSize
    }
}
