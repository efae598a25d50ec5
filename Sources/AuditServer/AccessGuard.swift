import Foundation
import Hummingbird
import Localization

/// Every request passes here first. With a token configured (any bind but loopback), a request
/// must carry it: `Authorization: Bearer`, the `audit_token` cookie, or `?token=` (which sets
/// the cookie, so a reviewer opens the one link once). A POST must also carry the form's CSRF
/// token, which only the server's own pages hold. Without a token (a loopback bind) the Host
/// must name loopback, so a page elsewhere cannot rebind its own name to 127.0.0.1 and read ours.
struct AccessGuard<Context: RequestContext>: RouterMiddleware {
    let token: String?
    let csrf: String
    /// The language a refusal speaks unless the request asks for another with `?lang=`.
    let language: Language

    static var cookieName: String { "audit_token" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let reader = Reader(fields: try? FormFields(encoded: request.uri.query ?? ""), default: language)
        guard let token else {
            guard Self.namesLoopback(request.head.authority) else {
                return ErrorPage.response(status: .forbidden, message: LocalizedText(en: "this workbench answers only to 127.0.0.1, localhost or [::1]", zh: "本工作台只响应 127.0.0.1、localhost 或 [::1]"), for: reader)
            }
            return try await next(request, context)
        }
        let fromQuery = Self.queryToken(request)
        guard [fromQuery, Self.bearer(request), Self.cookie(request)].contains(where: { $0.map { Self.same($0, token) } ?? false }) else {
            return ErrorPage.response(status: .unauthorized, message: LocalizedText(en: "this workbench needs its token: open the link audit serve printed", zh: "本工作台需要令牌：请打开 audit serve 打印的链接"), for: reader)
        }
        var response = try await next(request, context)
        if fromQuery != nil {
            response.headers[.setCookie] = "\(Self.cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict"
        }
        return response
    }

    /// "127.0.0.1:8080", "localhost", "[::1]:8080": the host part, port aside.
    static func namesLoopback(_ authority: String?) -> Bool {
        guard let authority else { return false }
        let host = authority.hasPrefix("[") ? String(authority.dropFirst().prefix { $0 != "]" }) : String(authority.prefix { $0 != ":" })
        return ServerConfiguration.loopback.contains(host.lowercased())
    }

    private static func queryToken(_ request: Request) -> String? {
        (try? FormFields(encoded: request.uri.query ?? ""))?["token"]
    }

    private static func bearer(_ request: Request) -> String? {
        guard let value = request.headers[.authorization], value.hasPrefix("Bearer ") else { return nil }
        return String(value.dropFirst("Bearer ".count))
    }

    private static func cookie(_ request: Request) -> String? {
        request.headers[values: .cookie].lazy.flatMap { $0.split(separator: ";") }.compactMap { pair -> String? in
            let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            return parts.count == 2 && parts[0] == cookieName ? String(parts[1]) : nil
        }.first
    }

    /// Compares in time independent of where the strings differ.
    static func same(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8), b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
