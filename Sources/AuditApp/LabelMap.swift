import AuditStore
import Foundation

/// `audit commit --batch --map labels.csv`: a reviewer's corrections of what a batch read from
/// each report's cover, one row `file,department,year` per file (a first row naming those
/// columns is a header). An empty cell keeps what the report says; fields may be quoted as a
/// spreadsheet writes them, and a UTF-8 BOM (Excel's) is ignored.
public struct LabelMap: Equatable {
    public struct Row: Equatable {
        public var department: String?
        public var year: String?

        public init(department: String?, year: String?) {
            self.department = department
            self.year = year
        }
    }

    /// By file name, without directories.
    public var rows: [String: Row]

    public static let header = ["file", "department", "year"]
    public static let empty = LabelMap(rows: [:])

    public static func load(_ url: URL) throws -> LabelMap {
        let path = url.relativePath
        let text: String
        do {
            text = try ReportFile.text(of: url)
        } catch {
            throw ApplicationError.badLabelMap(path: path, reason: "\(error)")
        }
        return try parse(text, path: path)
    }

    static func parse(_ text: String, path: String) throws -> LabelMap {
        var rows: [String: Row] = [:]
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let fields = try CSVLine.fields(of: String(line)) { ApplicationError.badLabelMap(path: path, reason: "line \(index + 1): \($0)") }
            if fields.allSatisfy(\.isEmpty) || (index == 0 && fields.map { $0.lowercased() } == header) { continue }
            guard fields.count == header.count else {
                throw ApplicationError.badLabelMap(path: path, reason: "line \(index + 1) has \(fields.count) fields, not 3 (file, department, year)")
            }
            let file = fields[0]
            guard !file.isEmpty, rows[file] == nil else {
                throw ApplicationError.badLabelMap(path: path, reason: "line \(index + 1): " + (file.isEmpty ? "no file named" : "\(file) is mapped twice"))
            }
            if !fields[2].isEmpty, PreviousYear.year(of: fields[2]) == nil {
                throw ApplicationError.badLabelMap(path: path, reason: "line \(index + 1): year \(fields[2]) is not four digits")
            }
            rows[file] = Row(department: fields[1].isEmpty ? nil : fields[1], year: fields[2].isEmpty ? nil : fields[2])
        }
        return LabelMap(rows: rows)
    }
}

/// The fields of one CSV line (RFC 4180 without line breaks inside a field): separated by
/// commas, each optionally in double quotes with `""` for a quote; blanks around a field trimmed.
enum CSVLine {
    static func fields(of line: String, error: (String) -> Error) throws -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var characters = line.drop { $0 == "\u{FEFF}" }.makeIterator()
        while let character = characters.next() {
            switch (character, quoted) {
            case ("\"", true):
                var lookahead = characters
                if lookahead.next() == "\"" {
                    current.append("\"")
                    characters = lookahead
                } else {
                    quoted = false
                }
            case ("\"", false) where current.allSatisfy(\.isWhitespace):
                current = ""
                quoted = true
            case (",", false):
                fields.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            default:
                current.append(character)
            }
        }
        guard !quoted else { throw error("a quoted field is not closed") }
        fields.append(current.trimmingCharacters(in: .whitespaces))
        return fields
    }
}
