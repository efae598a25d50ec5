/// A column of a working paper: its header and how wide a spreadsheet shows it, in characters
/// (a CJK character counts two).
public struct Column: Hashable, Sendable {
    public var name: String
    public var width: Int

    public init(_ name: String, width: Int) {
        self.name = name
        self.width = width
    }
}
