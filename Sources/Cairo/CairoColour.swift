/// A colour as cairo takes it: red, green and blue from 0 to 1.
public struct CairoColour: Equatable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    public static let black = CairoColour(red: 0, green: 0, blue: 0)
    public static let white = CairoColour(red: 1, green: 1, blue: 1)
}
