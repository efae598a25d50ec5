/// The model's values that archives of what is derived from models carry (a diff's changes):
/// written in `ReportArchive`'s layout, by the same code the model archive uses.
extension ArchiveWriter {
    public mutating func amount(_ value: Amount) { item(value) }

    public mutating func pages(_ value: PageMap) { item(value) }
}

extension ArchiveReader {
    public mutating func amount() throws -> Amount { try item() }

    public mutating func pages() throws -> PageMap { try item() }
}

extension PageMap: Archivable {
    init(from reader: inout ArchiveReader) throws {
        let firstLines = try reader.array { try $0.int() }
        // Page 1 starts on line 1 and pages follow each other: anything else is damage.
        guard firstLines.first == 1, zip(firstLines, firstLines.dropFirst()).allSatisfy({ $0 <= $1 }) else { throw ArchiveReader.Damaged() }
        self.init(firstLines: firstLines)
    }

    func write(to writer: inout ArchiveWriter) {
        writer.array(firstLines) { $0.int($1) }
    }
}
