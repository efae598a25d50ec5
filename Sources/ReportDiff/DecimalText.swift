import Foundation
import ReportModel

/// Decimals as a reviewer reads them: thousands separators and a fixed number of places, like
/// the report's own tables ("+8,763.77", "+377.20").
enum DecimalText {
    static func signed(_ value: Decimal, places: Int) -> String {
        let text = grouped(value, places: places)
        return text.hasPrefix("-") ? text : "+" + text
    }

    static func grouped(_ value: Decimal, places: Int) -> String {
        var rounded = Decimal()
        var exact = value
        NSDecimalRound(&rounded, &exact, places, .plain)
        let negative = rounded < 0
        let plain = (negative ? -rounded : rounded).plainString
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        let whole = Array(parts[0])
        var groupedWhole = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { groupedWhole.append(",") }
            groupedWhole.append(digit)
        }
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count < places { fraction.append("0") }
        return (negative ? "-" : "") + groupedWhole + (places > 0 ? "." + fraction : "")
    }
}
