import Foundation
import ReportModel

/// Decimals as a reviewer reads them: thousands separators and a fixed number of places, like
/// the report's own tables ("+8,763.77", "+377.20").
enum DecimalText {
    static func signed(_ value: Decimal, places: Int) -> String {
        let text = value.grouped(decimals: places)
        return text.hasPrefix("-") ? text : "+" + text
    }
}
