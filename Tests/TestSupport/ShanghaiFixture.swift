import Foundation
import ReportModel

/// One line of a fixture TSV: table, page, side, code, label, column, value.
public struct FixtureCell {
    public let table, page, side, code, label, column, value: String

    public static func read(_ url: URL) throws -> [FixtureCell] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return FixtureCell(table: fields[0], page: fields[1], side: fields[2], code: fields[3], label: fields[4], column: fields[5],
                               value: fields.count > 6 ? fields[6] : "")
        }
    }

    /// The printed value as a decimal ("(3.00)" is minus three), nil for a blank cell.
    public var amount: Decimal? {
        guard !value.isEmpty else { return nil }
        let negative = value.hasPrefix("(") || value.hasPrefix("-")
        let digits = value.filter { $0.isNumber || $0 == "." }
        guard let magnitude = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return negative ? -magnitude : magnitude
    }
}

/// Fixture cells looked up in the model: the row by table, side, code and label (the n-th
/// such row for the n-th time the fixture names it), the column by the vocabulary's name for
/// the printed header.
public struct CellComparison {
    public private(set) var matched = 0
    public private(set) var total = 0
    public private(set) var mismatches: [String] = []

    public init(report: Report, fixture: [FixtureCell]) {
        var seen: [String: Int] = [:]
        for cell in fixture {
            total += 1
            let key = [cell.table, cell.side, cell.code, cell.label, cell.column].joined(separator: "|")
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            let found = CellComparison.lookup(cell, occurrence: occurrence, in: report)
            switch found {
            case .some(let amount) where amount?.value == cell.amount:
                matched += 1
            case .some(let amount):
                mismatches.append("\(key): printed «\(cell.value)», read «\(amount?.printed ?? "")»")
            case .none:
                mismatches.append("\(key): not found")
            }
        }
    }

    /// The model's cell (nil inside for a blank one), or nil when its row or column is missing.
    private static func lookup(_ cell: FixtureCell, occurrence: Int, in report: Report) -> Amount?? {
        guard let table = report.tables.first(where: { $0.title.filter { !$0.isWhitespace } == cell.table }) else { return nil }
        let side = table.sides.count == 1 ? table.sides.first : table.side(named: cell.side)
        let column = TableVocabulary.canonicalColumn(cell.column.components(separatedBy: "·"))
        guard let side, let index = side.columnIndex(column) else { return nil }
        let rows = side.rows.filter { ($0.code ?? "") == cell.code && $0.label.filter { !$0.isWhitespace } == cell.label }
        guard occurrence < rows.count else { return nil }
        return .some(rows[occurrence].value(index))
    }

    /// Matched cells as a percentage, for the test's and the benchmark's printouts.
    public var percent: Double { Double(matched) / Double(max(total, 1)) * 100 }
}
