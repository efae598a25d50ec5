import HTTPTypes
import Hummingbird
import ReviewReport
import TextEscaping

/// The frame of every page: the review page's styles, a line of links home, the body. Titles
/// are escaped here; bodies arrive escaped by their page. The content security policy allows
/// no script at all, so even text that escaped escaping could not run.
enum HTMLPage {
    enum Strings {
        static let home = "Summary"
        static let upload = "Upload a revision"
    }

    static func render(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>\(HTMLText.escape(title))</title>
        <style>\(HTMLReviewRenderer.style)\(style)</style></head><body>
        <nav class="bar"><a href="/">\(Strings.home)</a> · <a href="/upload">\(Strings.upload)</a></nav>
        <h1>\(HTMLText.escape(title))</h1>
        \(body)
        </body></html>

        """
    }

    static func response(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: headers(contentType: "text/html; charset=utf-8"), body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func headers(contentType: String) -> HTTPFields {
        [
            .contentType: contentType,
            .contentSecurityPolicy: "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
            HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            .cacheControl: "no-store",
        ]
    }

    private static let style = """
        nav.bar{margin-bottom:1rem}form.filters label{margin-right:.8rem}table.findings td{text-align:left}\
        img.page{max-width:100%;border:1px solid #ccc}textarea{width:100%;min-height:4rem}\
        .problem{background:#fee;border:1px solid #b00;padding:.5rem}
        """
}

/// A refused or failed request as a page saying why in one line.
enum ErrorPage {
    static func response(status: HTTPResponse.Status, message: String) -> Response {
        let body = "<p class=\"problem\">\(HTMLText.escape(message))</p>"
        return HTMLPage.response(HTMLPage.render(title: "\(status.code) \(status.reasonPhrase)", body: body), status: status)
    }
}
