import Foundation
import ReportModel

/// The changes in `DiffArchive`'s layout: fields in declaration order, nothing named. What the
/// changes compute from their fields (a cell's `ValueChange`, the summary) is computed again on
/// reading, by the same initialisers a fresh comparison uses.
extension ReportChanges {
    init(from reader: inout ArchiveReader) throws {
        tables = try TableChanges(from: &reader)
        paragraphs = try reader.array { try ParagraphChange(from: &$0) }
        figures = try reader.array { try FigureChange(from: &$0) }
        summary = DiffSummary(tables: tables, paragraphs: paragraphs, figures: figures)
    }

    func write(to writer: inout ArchiveWriter) {
        tables.write(to: &writer)
        writer.array(paragraphs) { $1.write(to: &$0) }
        writer.array(figures) { $1.write(to: &$0) }
    }
}

extension TableChanges {
    init(from reader: inout ArchiveReader) throws {
        self.init()
        cells = try reader.array { try CellChange(from: &$0) }
        rows = try reader.array { try RowChange(from: &$0) }
        parts = try reader.array { try PartChange(from: &$0) }
    }

    func write(to writer: inout ArchiveWriter) {
        writer.array(cells) { $1.write(to: &$0) }
        writer.array(rows) { $1.write(to: &$0) }
        writer.array(parts) { $1.write(to: &$0) }
    }
}

extension CellChange {
    init(from reader: inout ArchiveReader) throws {
        self.init(
            table: try reader.string(), side: try reader.optional { try $0.string() }, code: try reader.optional { try $0.string() },
            row: try reader.string(), column: try reader.string(), old: try reader.optional { try $0.amount() },
            new: try reader.optional { try $0.amount() }, line: try reader.int()
        )
    }

    func write(to writer: inout ArchiveWriter) {
        writer.string(table)
        writer.optional(side) { $0.string($1) }
        writer.optional(code) { $0.string($1) }
        writer.string(row)
        writer.string(column)
        writer.optional(old) { $0.amount($1) }
        writer.optional(new) { $0.amount($1) }
        writer.int(line)
    }
}

extension RowChange {
    init(from reader: inout ArchiveReader) throws {
        self.init(
            kind: try reader.raw(), table: try reader.string(), side: try reader.optional { try $0.string() },
            code: try reader.optional { try $0.string() }, row: try reader.string(), values: try reader.array { try $0.string() },
            line: try reader.int()
        )
    }

    func write(to writer: inout ArchiveWriter) {
        writer.string(kind.rawValue)
        writer.string(table)
        writer.optional(side) { $0.string($1) }
        writer.optional(code) { $0.string($1) }
        writer.string(row)
        writer.array(values) { $0.string($1) }
        writer.int(line)
    }
}

extension PartChange {
    init(from reader: inout ArchiveReader) throws {
        self.init(kind: try reader.raw(), part: try reader.raw(), name: try reader.string())
    }

    func write(to writer: inout ArchiveWriter) {
        writer.string(kind.rawValue)
        writer.string(part.rawValue)
        writer.string(name)
    }
}

extension ParagraphChange {
    init(from reader: inout ArchiveReader) throws {
        self.init(
            kind: try reader.raw(), old: try reader.optional { try ParagraphLocation(from: &$0) },
            new: try reader.optional { try ParagraphLocation(from: &$0) }, edits: try reader.array { try InlineEdit(from: &$0) }
        )
    }

    func write(to writer: inout ArchiveWriter) {
        writer.string(kind.rawValue)
        writer.optional(old) { $1.write(to: &$0) }
        writer.optional(new) { $1.write(to: &$0) }
        writer.array(edits) { $1.write(to: &$0) }
    }
}

extension ParagraphLocation {
    init(from reader: inout ArchiveReader) throws {
        self.init(
            index: try reader.int(), line: try reader.int(), section: try reader.optional { try $0.string() },
            text: try reader.string(), isHeading: try reader.bool()
        )
    }

    func write(to writer: inout ArchiveWriter) {
        writer.int(index)
        writer.int(line)
        writer.optional(section) { $0.string($1) }
        writer.string(text)
        writer.bool(isHeading)
    }
}

extension InlineEdit {
    init(from reader: inout ArchiveReader) throws {
        self.init(
            kind: try reader.raw(), old: try reader.optional { try $0.string() }, new: try reader.optional { try $0.string() },
            unit: try reader.optional { try $0.string() }
        )
    }

    func write(to writer: inout ArchiveWriter) {
        writer.string(kind.rawValue)
        writer.optional(old) { $0.string($1) }
        writer.optional(new) { $0.string($1) }
        writer.optional(unit) { $0.string($1) }
    }
}

extension FigureChange {
    init(from reader: inout ArchiveReader) throws {
        self.init(
            phrase: try reader.string(), unit: try reader.optional { try $0.string() }, old: try reader.amount(),
            new: try reader.amount(), oldLine: try reader.int(), newLine: try reader.int()
        )
    }

    func write(to writer: inout ArchiveWriter) {
        writer.string(phrase)
        writer.optional(unit) { $0.string($1) }
        writer.amount(old)
        writer.amount(new)
        writer.int(oldLine)
        writer.int(newLine)
    }
}

private extension ArchiveReader {
    /// A case of a string-valued enum, archived as its raw value; an unknown one is damage.
    mutating func raw<T: RawRepresentable>() throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw ArchiveReader.Damaged() }
        return value
    }
}
