import AuditStore
import PDFText

/// The words with boxes of a committed PDF (`words.bin`, a `WordsArchive`), each with the line
/// and column of the stored text it was written at, cached at commit beside the model.
public enum WordsFile {
    public static let name = "words.bin"

    /// Nothing for a text file: its words have no boxes.
    public static func derived(from decoded: DecodedText) -> [DerivedFile] {
        guard let pdf = decoded.pdf else { return [] }
        return [DerivedFile(name: name, data: WordsArchive.encode(pdf.layout.words))]
    }
}
