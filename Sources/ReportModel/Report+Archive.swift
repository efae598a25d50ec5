import Foundation

/// The model types in `ReportArchive`'s layout: fields in declaration order, nothing named.
protocol Archivable {
    init(from reader: inout ArchiveReader) throws
    func write(to writer: inout ArchiveWriter)
}

extension ArchiveWriter {
    mutating func item<T: Archivable>(_ value: T) { value.write(to: &self) }
}

extension ArchiveReader {
    @inline(__always)
    mutating func item<T: Archivable>() throws -> T { try T(from: &self) }
}

extension Report: Archivable {
    init(from reader: inout ArchiveReader) throws {
        self.init(
            lineCount: try reader.int(), sections: try reader.array { try $0.item() },
            paragraphs: try reader.array { try $0.item() }, tables: try reader.array { try $0.item() },
            figures: try reader.array { try $0.item() }
        )
    }

    func write(to writer: inout ArchiveWriter) {
        writer.int(lineCount)
        writer.array(sections) { $0.item($1) }
        writer.array(paragraphs) { $0.item($1) }
        writer.array(tables) { $0.item($1) }
        writer.array(figures) { $0.item($1) }
    }
}

extension Section: Archivable {
    init(from reader: inout ArchiveReader) throws {
        self.init(
            index: try reader.int(), level: try reader.int(), marker: try reader.string(), title: try reader.string(),
            parent: try reader.optional { try $0.int() }, span: try reader.item()
        )
    }

    func write(to writer: inout ArchiveWriter) {
        writer.int(index)
        writer.int(level)
        writer.string(marker)
        writer.string(title)
        writer.optional(parent) { $0.int($1) }
        writer.item(span)
    }
}

extension Paragraph: Archivable {
    init(from reader: inout ArchiveReader) throws {
        self.init(
            index: try reader.int(), text: try reader.string(), section: try reader.optional { try $0.int() },
            span: try reader.item(), pieces: try reader.array { try $0.item() }
        )
    }

    func write(to writer: inout ArchiveWriter) {
        writer.int(index)
        writer.string(text)
        writer.optional(section) { $0.int($1) }
        writer.item(span)
        writer.array(pieces) { $0.item($1) }
    }
}

extension Paragraph.Piece: Archivable {
    init(from reader: inout ArchiveReader) throws {
        self.init(offset: try reader.int(), line: try reader.int(), column: try reader.int())
    }

    func write(to writer: inout ArchiveWriter) {
        writer.int(offset)
        writer.int(line)
        writer.int(column)
    }
}

extension SourceSpan: Archivable {
    init(from reader: inout ArchiveReader) throws {
        self.init(startLine: try reader.int(), startColumn: try reader.int(), endLine: try reader.int(), endColumn: try reader.int())
    }

    func write(to writer: inout ArchiveWriter) {
        writer.int(startLine)
        writer.int(startColumn)
        writer.int(endLine)
        writer.int(endColumn)
    }
}

extension Table: Archivable {
    init(from reader: inout ArchiveReader) throws {
        let number = try reader.optional { try $0.string() }
        let title = try reader.string()
        guard let kind = TableKind(rawValue: try reader.string()) else { throw ArchiveReader.Damaged() }
        self.init(
            number: number, title: title, kind: kind, unit: try reader.optional { try $0.string() },
            sides: try reader.array { try $0.item() }, notes: try reader.array { try $0.string() }, span: try reader.item(),
            columnsAligned: try reader.bool()
        )
    }

    func write(to writer: inout ArchiveWriter) {
        writer.optional(number) { $0.string($1) }
        writer.string(title)
        writer.string(kind.rawValue)
        writer.optional(unit) { $0.string($1) }
        writer.array(sides) { $0.item($1) }
        writer.array(notes) { $0.string($1) }
        writer.item(span)
        writer.bool(columnsAligned)
    }
}

extension TableSide: Archivable {
    init(from reader: inout ArchiveReader) throws {
        self.init(name: try reader.optional { try $0.string() }, columns: try reader.array { try $0.string() }, rows: try reader.array { try $0.item() })
    }

    func write(to writer: inout ArchiveWriter) {
        writer.optional(name) { $0.string($1) }
        writer.array(columns) { $0.string($1) }
        writer.array(rows) { $0.item($1) }
    }
}

extension TableRow: Archivable {
    init(from reader: inout ArchiveReader) throws {
        self.init(
            code: try reader.optional { try $0.string() }, label: try reader.string(), rowNumber: try reader.optional { try $0.int() },
            cells: try reader.array { try $0.optional { try $0.item() } }, span: try reader.item()
        )
    }

    func write(to writer: inout ArchiveWriter) {
        writer.optional(code) { $0.string($1) }
        writer.string(label)
        writer.optional(rowNumber) { $0.int($1) }
        writer.array(cells) { $0.optional($1) { $0.item($1) } }
        writer.item(span)
    }
}

extension Cell: Archivable {
    init(from reader: inout ArchiveReader) throws {
        self.init(amount: try reader.item(), span: try reader.item())
    }

    func write(to writer: inout ArchiveWriter) {
        writer.item(amount)
        writer.item(span)
    }
}

extension Amount: Archivable {
    init(from reader: inout ArchiveReader) throws {
        self.init(printed: try reader.string(), value: try reader.decimal(), decimals: try reader.int())
    }

    func write(to writer: inout ArchiveWriter) {
        writer.string(printed)
        writer.decimal(value)
        writer.int(decimals)
    }
}

extension Figure: Archivable {
    init(from reader: inout ArchiveReader) throws {
        let amount: Amount = try reader.item()
        let unit = try reader.optional { try $0.string() }
        let base: BaseValue? = try reader.optional { try $0.item() }
        let phrase = try reader.string()
        let time = try reader.optional { try $0.string() }
        let isApproximate = try reader.bool()
        let paragraph = try reader.int()
        let lower = try reader.int()
        let upper = try reader.int()
        guard lower <= upper else { throw ArchiveReader.Damaged() }
        self.init(
            amount: amount, unit: unit, base: base, phrase: phrase, time: time, isApproximate: isApproximate,
            paragraph: paragraph, range: lower..<upper, span: try reader.item()
        )
    }

    func write(to writer: inout ArchiveWriter) {
        writer.item(amount)
        writer.optional(unit) { $0.string($1) }
        writer.optional(base) { $0.item($1) }
        writer.string(phrase)
        writer.optional(time) { $0.string($1) }
        writer.bool(isApproximate)
        writer.int(paragraph)
        writer.int(range.lowerBound)
        writer.int(range.upperBound)
        writer.item(span)
    }
}

extension Figure.BaseValue: Archivable {
    init(from reader: inout ArchiveReader) throws {
        self.init(value: try reader.decimal(), unit: try reader.string())
    }

    func write(to writer: inout ArchiveWriter) {
        writer.decimal(value)
        writer.string(unit)
    }
}
