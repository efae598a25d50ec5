import Hummingbird
import Localization

/// Errors thrown outside a page's own work, an address no route serves (404) or a body over
/// its cap (413), answered as the pages' error page in the reader's language rather than
/// Hummingbird's empty one.
struct ErrorPages<Context: RequestContext>: RouterMiddleware {
    let language: Language

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            let reader = Reader(fields: try? FormFields(encoded: request.uri.query ?? ""), default: language)
            let (status, message) = WorkbenchError.answer(for: error)
            return ErrorPage.response(status: status, message: status == .notFound ? Self.noPage : message, for: reader)
        }
    }

    static var noPage: LocalizedText { LocalizedText(en: "the workbench has no such page", zh: "工作台没有这个页面") }
}
