/// How a printed figure stands against the value an identity computes for it.
public enum Consistency: String, Codable, Sendable {
    /// Equal to the last printed digit.
    case exact
    /// Different, but within what rounding of the printed operands explains.
    case rounding
    /// Further apart than rounding can explain.
    case broken
}
