import HTTPTypes
import Hummingbird
import Localization
import ReviewReport
import TextEscaping

/// The frame of every page: the review page's styles (CJK fonts named first), a line of links
/// home, the body. Titles are escaped here; bodies arrive escaped by their page. The content
/// security policy allows no script at all, so even text that escaped escaping could not run.
enum HTMLPage {
    enum Strings {
        static let home = LocalizedText(en: "Summary", zh: "汇总")
        static let upload = LocalizedText(en: "Upload a revision", zh: "上传修订版")
    }

    static func render(title: String, body: String, for reader: Reader) -> String {
        let language = reader.language
        return """
            <!DOCTYPE html>
            <html lang="\(language("en", "zh-CN"))"><head><meta charset="utf-8"><title>\(HTMLText.escape(title))</title>
            <style>\(HTMLReviewRenderer.style)\(style)</style></head><body>
            <nav class="bar"><a href="\(reader.links.home)">\(Strings.home.text(in: language))</a> · \
            <a href="\(reader.links.upload)">\(Strings.upload.text(in: language))</a></nav>
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

/// A refused or failed request as a page saying why in one line, in the reader's language.
enum ErrorPage {
    enum Strings {
        static let reasonsZh: [Int: String] = [
            400: "请求有误", 401: "需要令牌", 403: "拒绝访问", 404: "未找到", 405: "不支持的请求方法",
            413: "内容过大", 500: "服务器内部错误", 503: "服务暂不可用",
        ]

        static func reason(_ status: HTTPResponse.Status, in language: Language) -> String {
            language == .zh ? reasonsZh[status.code] ?? status.reasonPhrase : status.reasonPhrase
        }
    }

    static func response(status: HTTPResponse.Status, message: LocalizedText, for reader: Reader) -> Response {
        let body = "<p class=\"problem\">\(HTMLText.escape(message.text(in: reader.language)))</p>"
        let title = "\(status.code) \(Strings.reason(status, in: reader.language))"
        return HTMLPage.response(HTMLPage.render(title: title, body: body, for: reader), status: status)
    }
}
