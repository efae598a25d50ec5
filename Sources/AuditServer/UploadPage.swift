import Localization
import TextEscaping

/// The form that stores a PDF or text file as the next revision of a version, as `audit commit` does.
enum UploadPage {
    enum Strings {
        static let title = LocalizedText(en: "Upload a revision", zh: "上传修订版")
        static let version = LocalizedText(en: "version (e.g. 2024 or 财政局/2024)", zh: "版本（如 2024 或 财政局/2024）")
        static let file = LocalizedText(en: "report (PDF or text, at most 64 MiB)", zh: "报告（PDF 或文本，不超过 64 MiB）")
        static let message = LocalizedText(en: "message", zh: "说明")
        static let store = LocalizedText(en: "Store", zh: "存储")
        static func author(_ name: String) -> LocalizedText { LocalizedText(en: "Stored as committed by \(name).", zh: "以 \(name) 的名义提交。") }
    }

    static func render(csrf: String, author: String, for reader: Reader) -> String {
        let language = reader.language
        let body = """
            <form class="upload" method="post" action="/upload" enctype="multipart/form-data">\
            <input type="hidden" name="csrf" value="\(HTMLText.escape(csrf))">\(reader.links.hiddenField)\
            <p><label>\(Strings.version.text(in: language))<br><input type="text" name="version" required></label></p>\
            <p><label>\(Strings.file.text(in: language))<br><input type="file" name="file" required></label></p>\
            <p><label>\(Strings.message.text(in: language))<br><input type="text" name="message"></label></p>\
            <p class="meta">\(HTMLText.escape(Strings.author(author).text(in: language)))</p>\
            <p><button type="submit">\(Strings.store.text(in: language))</button></p></form>
            """
        return HTMLPage.render(title: Strings.title.text(in: language), body: body, for: reader)
    }
}
