import AuditStore
import FindingsStore
import Hummingbird

/// A request the workbench refuses, with the status it answers and one line saying why.
enum WorkbenchError: Error {
    case badRequest(String)
    case notFound(String)
    case forbidden(String)

    /// The status and line for any error a page's work throws: the reader's mistakes (a ref or
    /// finding that does not exist, a bad label or file) are 4xx, the store's trouble 5xx.
    static func answer(for error: any Error) -> (status: HTTPResponse.Status, message: String) {
        switch error {
        case let error as WorkbenchError:
            switch error {
            case .badRequest(let message): return (.badRequest, message)
            case .notFound(let message): return (.notFound, message)
            case .forbidden(let message): return (.forbidden, message)
            }
        case let error as HTTPError:
            return (error.status, error.body ?? error.status.reasonPhrase)
        case let error as AuditStoreError:
            return (status(of: error), "\(error)")
        case let error as FindingsStoreError:
            return (status(of: error), "\(error)")
        default:
            return (.internalServerError, "\(error)")
        }
    }

    private static func status(of error: AuditStoreError) -> HTTPResponse.Status {
        switch error {
        case .unknownRef, .noSuchRevision: .notFound
        case .busy: .serviceUnavailable
        case .badVersionLabel, .versionLabelNotARefName, .versionLabelClash, .ambiguousRef, .badAuthor, .fileTooLarge,
             .emptyFile, .blankFile, .notText, .unreadablePDF:
            .badRequest
        default: .internalServerError
        }
    }

    private static func status(of error: FindingsStoreError) -> HTTPResponse.Status {
        switch error {
        case .unknownFinding: .notFound
        case .badFindingID, .ambiguousFinding, .emptyReason: .badRequest
        case .damagedTriage: .internalServerError
        }
    }
}
