/// Why a workbook could not be written, in libxlsxwriter's words.
public struct WorkingPaperError: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
