import AuditApp
import AuditStore
import CheckerKit
import FindingsModel
import FindingsStore
import Foundation
import Hummingbird
import Localization
import Logging
import NIOCore

/// `audit serve`: the workbench's routes over the application layer. Every request opens its
/// own `Workspace` (a libgit2 repository is not shared between threads) and does its work off
/// the request threads; writes go through the same use cases, ledger and lock as the CLI, so
/// the server holds no lock between requests and an interrupted one leaves none behind.
public struct Workbench: Sendable {
    let configuration: ServerConfiguration
    /// The token every form carries back; made afresh each start, so only pages this process
    /// served can post.
    let csrf: String

    /// Form posts are small; an upload may be as large as `audit commit` accepts.
    static let formLimit = 1 << 20
    static let uploadLimit = 64 << 20

    public init(configuration: ServerConfiguration) {
        self.configuration = configuration
        csrf = (0..<4).map { _ in String(format: "%016llx", UInt64.random(in: .min ... .max)) }.joined()
    }

    /// Serves until SIGINT or SIGTERM, then stops accepting, lets requests in flight finish and
    /// returns. `onListening` is told the address once the socket is bound (port 0 picks one).
    public func run(onListening: @escaping @Sendable (String, Int) -> Void) async throws {
        let router = Router()
        router.middlewares.add(AccessGuard(token: configuration.token, csrf: csrf, language: configuration.language))
        router.middlewares.add(ErrorPages(language: configuration.language))
        routes(router)
        var logger = Logger(label: "audit-serve")
        logger.logLevel = .warning
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in onListening(configuration.host, channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
        try await app.runService()
    }

    private func routes(_ router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in await page(reader(request)) { try SummaryPage.render(SummarizeSeason(workspace: $0).run(), for: $1) } }
        router.get("/findings") { request, _ in await page(reader(request)) { try findingsPage(request, $0, for: $1) } }
        router.get("/finding") { request, _ in await page(reader(request)) { try findingPage(request, $0, for: $1) } }
        router.get("/diff") { request, _ in await page(reader(request)) { try diffPage(request, $0, for: $1) } }
        router.get("/page.png") { request, _ in await answer(reader(request)) { workspace, _ in try pageImage(request, workspace) } }
        router.post("/triage") { request, _ in
            let fields = try await postedFields(request)
            return await answer(Reader(fields: fields, default: configuration.language)) { try triage(fields, $0, for: $1) }
        }
        router.get("/upload") { request, _ in
            await page(reader(request)) { workspace, reader in
                let author = try workspace.signature(named: configuration.reviewer)
                return UploadPage.render(csrf: csrf, author: "\(author.name) <\(author.email)>", for: reader)
            }
        }
        router.post("/upload") { request, _ in
            var request = request
            let body = Data(buffer: try await request.collectBody(upTo: Self.uploadLimit + Self.formLimit))
            let contentType = request.headers[.contentType] ?? ""
            let form = Result { try MultipartForm(body: body, contentType: contentType) }
            let reader = Reader(asked: (try? form.get())?.field("lang"), default: configuration.language)
            return await answer(reader) { try upload(form.get(), $0, for: $1) }
        }
    }

    // MARK: pages

    private func findingsPage(_ request: Request, _ workspace: Workspace, for reader: Reader) throws -> String {
        let fields = try Self.query(request)
        let ref = try fields.required("ref")
        let revision = try workspace.resolve(ref)
        let baseline = try fields["baseline"].map(workspace.resolve) ?? DefaultBaseline.of(revision, in: workspace)
        let document = try BuildReviewReport(workspace: workspace).run(ref, baseline: baseline?.ref).document
        return FindingsPage.render(ref: revision.ref, document: document, baselineRef: baseline?.ref, filter: try FindingFilter(fields), for: reader)
    }

    private func findingPage(_ request: Request, _ workspace: Workspace, for reader: Reader) throws -> String {
        let fields = try Self.query(request)
        let revision = try workspace.resolve(try fields.required("ref"))
        let id = try fields.required("id")
        let baseline = try DefaultBaseline.of(revision, in: workspace)
        let document = try BuildReviewReport(workspace: workspace).run(revision.ref, baseline: baseline?.ref).document
        let entry = try Self.entry(id, in: document.entries.map { ($0.finding, $0) }, ref: revision.ref)
        let trail = try TriageFinding(workspace: workspace).log().filter { $0.summary.hasPrefix("triage \(entry.finding.shortID):") }
        let reviewer = try workspace.signature(named: configuration.reviewer)
        return FindingPage.render(.init(
            ref: revision.ref, subject: document.subject, entry: entry, isPDF: revision.pages != nil,
            trail: trail, reviewer: "\(reviewer.name) <\(reviewer.email)>", csrf: csrf
        ), for: reader)
    }

    private func diffPage(_ request: Request, _ workspace: Workspace, for reader: Reader) throws -> String {
        let fields = try Self.query(request)
        return try DiffPage.render(CompareRevisions(workspace: workspace).run(old: fields.required("old"), new: fields.required("new")), in: reader.language)
    }

    private func pageImage(_ request: Request, _ workspace: Workspace) throws -> Response {
        let fields = try Self.query(request)
        let revision = try workspace.resolve(try fields.required("ref"))
        let findings = try ReviewFindings(workspace: workspace).run(revision.ref).reviewed.run.findings
        let finding = try Self.entry(try fields.required("id"), in: findings.map { ($0, $0) }, ref: revision.ref)
        let page = try fields["page"].map { text in
            guard let number = Int(text), number > 0 else { throw WorkbenchError.badRequest(LocalizedText(en: "page '\(text)' is not a page number", zh: "'\(text)' 不是页码")) }
            return number
        }
        guard let png = try CachedFindingPage(workspace: workspace).run(revision, finding: finding, page: page) else {
            throw WorkbenchError.notFound(LocalizedText(en: "\(revision.ref) is not a PDF, or the finding has no words on a page", zh: "\(revision.ref) 不是 PDF，或该问题在页面上没有对应文字"))
        }
        return Response(status: .ok, headers: HTMLPage.headers(contentType: "image/png"), body: .init(byteBuffer: ByteBuffer(bytes: png)))
    }

    private func triage(_ fields: FormFields, _ workspace: Workspace, for reader: Reader) throws -> Response {
        try checkCSRF(fields["csrf"])
        let ref = try fields.required("ref"), id = try fields.required("id")
        guard let status = TriageStatus(rawValue: try fields.required("status")) else {
            throw WorkbenchError.badRequest(LocalizedText(en: "status must be one of: ", zh: "状态必须是以下之一：") + .joined(TriageStatus.allCases.map { .same($0.rawValue) }))
        }
        _ = try TriageFinding(workspace: workspace).record(id, status: status, reason: try fields.required("reason"), reviewer: configuration.reviewer)
        return Self.redirect(to: reader.links.location("/finding", ["ref": ref, "id": id]))
    }

    /// Stores the uploaded file as `audit commit` would (the same use case, refusals and lock),
    /// then shows the new revision's findings, which link to what changed.
    private func upload(_ form: MultipartForm, _ workspace: Workspace, for reader: Reader) throws -> Response {
        try checkCSRF(form.field("csrf"))
        guard let version = form.field("version") else { throw WorkbenchError.badRequest(LocalizedText(en: "missing field 'version'", zh: "缺少字段 'version'")) }
        guard let file = form.file("file"), !file.data.isEmpty else { throw WorkbenchError.badRequest(LocalizedText(en: "no file uploaded", zh: "没有上传文件")) }
        guard file.data.count <= Self.uploadLimit else { throw WorkbenchError.tooLarge(LocalizedText(en: "the file is over 64 MiB", zh: "文件超过 64 MiB")) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-upload-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let stored = folder.appendingPathComponent(Self.plainFileName(file.fileName))
        try file.data.write(to: stored)
        let outcome = try StoreRevision(workspace: workspace).run(version: version, file: stored, message: form.field("message"), author: configuration.reviewer)
        return Self.redirect(to: reader.links.location("/findings", ["ref": outcome.commit.revision.ref]))
    }

    /// The uploaded file's own name, as meta.json records it, reduced to one plain component.
    static func plainFileName(_ name: String?) -> String {
        let last = (name ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let plain = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0 != "\u{7f}" }.prefix(128).map(Character.init))
        return plain.isEmpty || plain.hasPrefix(".") ? "upload" + plain : plain
    }

    private func checkCSRF(_ given: String?) throws {
        guard let given, AccessGuard<BasicRequestContext>.same(given, csrf) else {
            throw WorkbenchError.forbidden(LocalizedText(en: "the form's CSRF token is missing or stale: reload the page and send it again", zh: "表单的 CSRF 令牌缺失或已过期：请刷新页面后重新提交"))
        }
    }

    static func redirect(to location: String) -> Response {
        var headers = HTMLPage.headers(contentType: "text/plain; charset=utf-8")
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    // MARK: plumbing

    /// The entry whose finding `id` names: its short id, or a longer prefix of its fingerprint.
    static func entry<T>(_ id: String, in entries: [(Finding, T)], ref: String) throws -> T {
        guard id.utf8.count >= 4, id.allSatisfy(\.isHexDigit) else { throw WorkbenchError.badRequest(LocalizedText(en: "'\(id)' is not a finding id", zh: "'\(id)' 不是问题编号")) }
        let matches = entries.filter { $0.0.fingerprint.hasPrefix(id.lowercased()) }
        guard let first = matches.first else { throw WorkbenchError.notFound(LocalizedText(en: "no finding \(id) in \(ref)", zh: "\(ref) 中没有问题 \(id)")) }
        return first.1
    }

    static func query(_ request: Request) throws -> FormFields {
        try FormFields(encoded: request.uri.query ?? "")
    }

    private func postedFields(_ request: Request) async throws -> FormFields {
        var request = request
        let body = try await request.collectBody(upTo: Self.formLimit)
        return try FormFields(encoded: String(buffer: body))
    }

    /// Who reads the answer to a GET: the server's language, or the one its `?lang=` asks for.
    private func reader(_ request: Request) -> Reader {
        Reader(fields: try? Self.query(request), default: configuration.language)
    }

    private func page(_ reader: Reader, _ work: @escaping @Sendable (Workspace, Reader) throws -> String) async -> Response {
        await answer(reader) { HTMLPage.response(try work($0, $1)) }
    }

    private func answer(_ reader: Reader, _ work: @escaping @Sendable (Workspace, Reader) throws -> Response) async -> Response {
        let directory = configuration.workspace
        do {
            return try await offThread { try work(Workspace.open(at: directory), reader) }
        } catch {
            let (status, message) = WorkbenchError.answer(for: error)
            return ErrorPage.response(status: status, message: message, for: reader)
        }
    }
}
