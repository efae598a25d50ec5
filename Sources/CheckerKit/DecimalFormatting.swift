import Foundation

extension Decimal {
    /// Parses plain notation ("-12.50") independently of the machine's locale.
    public init?(plain text: String) {
        self.init(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Rounded half away from zero, the way reports round their printed figures.
    public func rounded(toPlaces places: Int) -> Decimal {
        var input = self
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }

    /// Exactly `decimals` places, no grouping: "2.00", "-0.50", "72.42".
    public func fixedString(decimals: Int) -> String {
        let text = rounded(toPlaces: decimals).plainString
        guard decimals > 0 else { return text }
        let parts = text.split(separator: ".", maxSplits: 1)
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        return parts[0] + "." + fraction.padding(toLength: decimals, withPad: "0", startingAt: 0)
    }
}
