import TextEscaping

/// The form that stores a PDF or text file as the next revision of a version, as `audit commit` does.
enum UploadPage {
    enum Strings {
        static let title = "Upload a revision"
        static let version = "version (e.g. 2024 or 财政局/2024)"
        static let file = "report (PDF or text, at most 64 MiB)"
        static let message = "message"
        static let store = "Store"
        static func author(_ name: String) -> String { "Stored as committed by \(name)." }
    }

    static func render(csrf: String, author: String) -> String {
        let body = """
            <form class="upload" method="post" action="/upload" enctype="multipart/form-data">\
            <input type="hidden" name="csrf" value="\(HTMLText.escape(csrf))">\
            <p><label>\(Strings.version)<br><input type="text" name="version" required></label></p>\
            <p><label>\(Strings.file)<br><input type="file" name="file" required></label></p>\
            <p><label>\(Strings.message)<br><input type="text" name="message"></label></p>\
            <p class="meta">\(HTMLText.escape(Strings.author(author)))</p>\
            <p><button type="submit">\(Strings.store)</button></p></form>
            """
        return HTMLPage.render(title: Strings.title, body: body)
    }
}
