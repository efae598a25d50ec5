import Foundation

/// What an XLSX cell may hold as a number. A spreadsheet's number is an IEEE double, which shows
/// 15 significant digits; a decimal or integer within them reads back as printed, so it is
/// written as a number that sorts and sums. One beyond them would be shown rounded, so it is
/// written as text instead: a working paper never shows a figure other than the one printed.
enum SpreadsheetNumber {
    static let significantDigits = 15

    static func value(_ decimal: Decimal) -> Double? {
        let digits = decimal.plainString.filter(\.isNumber).drop { $0 == "0" }
        guard digits.count <= significantDigits else { return nil }
        return Double(decimal.plainString)
    }

    static func value(_ integer: Int) -> Double? {
        value(Decimal(integer))
    }
}
