import AuditStore
import PDFText

extension Workspace {
    /// The words with boxes of a PDF revision, each with the line and column of the stored
    /// text it was written at: `words.bin` from the cache, else read again from the original.
    /// Nil for a text revision, and for a PDF whose layout no longer gives its stored text
    /// (laid out by another version of `audit`): the stored text stays the authority.
    public func words(of revision: Revision) throws -> [PlacedWord]? {
        guard revision.pages != nil else { return nil }
        if let data = try derivedFile(named: WordsFile.name, of: revision), let words = WordsArchive.decode(data) { return words }
        let layout = try PDFExtraction.extract(original(of: revision)).layout
        return layout.text == (try text(of: revision)) ? layout.words : nil
    }
}
