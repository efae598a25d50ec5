import AuditStore
import FindingsStore
import Hummingbird
import Localization

/// A request the workbench refuses, with the status it answers and one line saying why, in
/// both languages.
enum WorkbenchError: Error {
    case badRequest(LocalizedText)
    case notFound(LocalizedText)
    case forbidden(LocalizedText)
    case tooLarge(LocalizedText)

    /// The status and line for any error a page's work throws: the reader's mistakes (a ref or
    /// finding that does not exist, a bad label or file) are 4xx, the store's trouble 5xx.
    /// The store's errors say why in both languages (`LocalizedFailure`); others only in English.
    static func answer(for error: any Error) -> (status: HTTPResponse.Status, message: LocalizedText) {
        switch error {
        case let error as WorkbenchError:
            switch error {
            case .badRequest(let message): return (.badRequest, message)
            case .notFound(let message): return (.notFound, message)
            case .forbidden(let message): return (.forbidden, message)
            case .tooLarge(let message): return (.contentTooLarge, message)
            }
        case let error as HTTPError:
            return (error.status, .same(error.body ?? error.status.reasonPhrase))
        case let error as AuditStoreError:
            return (status(of: error), error.wording)
        case let error as FindingsStoreError:
            return (status(of: error), .same("\(error)"))
        default:
            return (.internalServerError, (error as? LocalizedFailure)?.wording ?? .same("\(error)"))
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
