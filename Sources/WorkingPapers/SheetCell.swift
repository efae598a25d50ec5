import Foundation

/// One value of a working paper, typed so that a spreadsheet can sort and sum it: a figure stays
/// a number, an id stays text.
public enum SheetCell: Hashable, Sendable {
    case text(String)
    case integer(Int)
    /// Exact; CSV writes it in plain notation, XLSX as a number when a spreadsheet shows it as
    /// printed, as text otherwise (`SpreadsheetNumber`).
    case decimal(Decimal)
    case empty
}
