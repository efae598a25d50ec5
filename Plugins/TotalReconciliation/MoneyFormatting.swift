import Foundation
import CheckerKit

extension Decimal {
    /// The way the report prints money: thousands grouped, fixed decimals ("20,864.64").
    func grouped(decimals: Int) -> String {
        let plain = fixedString(decimals: decimals)
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        let fraction = parts.count == 2 ? "." + parts[1] : ""
        return (negative ? "-" : "") + groups.joined(separator: ",") + fraction
    }
}
