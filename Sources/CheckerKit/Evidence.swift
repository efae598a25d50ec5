/// The figures behind a finding: what the identity says the value should be, what the
/// report prints, how far apart they are, and how far apart rounding alone could put them.
public struct Evidence: Codable, Hashable, Sendable {
    public var expected: Quantity
    public var actual: Quantity
    public var difference: Quantity
    public var tolerance: Quantity

    public init(expected: Quantity, actual: Quantity, difference: Quantity, tolerance: Quantity) {
        self.expected = expected
        self.actual = actual
        self.difference = difference
        self.tolerance = tolerance
    }

    /// Evidence reduced to exact values, so that reformatting a number ("1,000.00" → "1000.00")
    /// does not change the identity of a finding.
    var normalised: String {
        [expected, actual, difference, tolerance].map(\.value.plainString).joined(separator: "|")
    }
}
