import Foundation

/// A parsed `Report` in a compact binary form, stored beside each committed text so that
/// commands need not parse it again. Loading one takes a fraction of a parse.
///
/// The header names the archive layout and the parser that produced the model: an archive
/// written by another layout or another parser version is not trusted (`decode` returns nil)
/// and the caller parses the text instead, so a parser fix reaches old revisions too.
public enum ReportArchive {
    /// Bump when the byte layout below changes.
    static let layoutVersion = 1
    private static let magic = Array("audit-model\n".utf8)

    public static func encode(_ report: Report) -> Data {
        var writer = ArchiveWriter()
        writer.raw(magic)
        writer.int(layoutVersion)
        writer.int(ReportParser.version)
        report.write(to: &writer)
        return Data(writer.bytes)
    }

    /// The model, or nil when the archive is damaged or was written by another layout or parser.
    public static func decode(_ data: Data) -> Report? {
        var reader = ArchiveReader([UInt8](data))
        do {
            try reader.expect(magic)
            guard try reader.int() == layoutVersion, try reader.int() == ReportParser.version else { return nil }
            let report = try Report(from: &reader)
            return reader.isAtEnd ? report : nil
        } catch {
            return nil
        }
    }
}
