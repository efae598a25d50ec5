import Foundation

/// Bad input the use cases themselves find; each message is one line.
public enum ApplicationError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case noSuchSource(String)
    case outputInsideStore(path: String, store: String)
    case badLabelMap(path: String, reason: String)
    case mapNamesMissingFile(path: String, file: String, directory: String)
    case notABatchDirectory(String)
    case noSuchRulePack(String, known: [String])
    case notAPDFRevision(String)
    case wordsNotPlaced(String)

    public var description: String {
        switch self {
        case .noSuchSource(let path): "no such file or workspace: \(path)"
        case .outputInsideStore(let path, let store): "will not write \(path): it is inside the store \(store), which only audit writes"
        case .badLabelMap(let path, let reason): "bad label map \(path): \(reason)"
        case .mapNamesMissingFile(let path, let file, let directory): "bad label map \(path): \(file) is not a file in \(directory)"
        case .notABatchDirectory(let path): "not a directory of reports: \(path)"
        case .noSuchRulePack(let id, let known): "no rule pack '\(id)' (known: \(known.joined(separator: ", ")))"
        case .wordsNotPlaced(let ref): "cannot place the findings of \(ref) on its pages: its PDF now lays out differently from the stored text (committed by another version of audit)"
        case .notAPDFRevision(let ref): "\(ref) was committed as text, not a PDF: there are no pages to mark up; write the report as .html or .md"
        }
    }

    public var errorDescription: String? { description }
}
