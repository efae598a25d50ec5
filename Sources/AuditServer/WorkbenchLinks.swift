import Localization
import TextEscaping

/// Addresses of the workbench's pages, percent-encoded and escaped for an attribute: refs are
/// query values, never paths, so nothing of a request names a file. A language the request
/// chose with `?lang=` rides along in every link and form, so the reviewer who switched stays
/// switched; without one the links leave the server's language to decide.
struct WorkbenchLinks: Sendable {
    /// The request's own `?lang=`, nil when it gave none.
    var kept: Language?

    var home: String { link("/", [:]) }
    var upload: String { link("/upload", [:]) }
    func findings(_ ref: String) -> String { link("/findings", ["ref": ref]) }
    func finding(_ ref: String, id: String) -> String { link("/finding", ["ref": ref, "id": id]) }
    func pageImage(_ ref: String, id: String) -> String { link("/page.png", ["ref": ref, "id": id]) }
    func diff(old: String, new: String) -> String { link("/diff", ["old": old, "new": new]) }

    /// The hidden field a form carries the kept language in ("" without one).
    var hiddenField: String {
        kept.map { "<input type=\"hidden\" name=\"lang\" value=\"\($0.rawValue)\">" } ?? ""
    }

    /// `path?fields` with the kept language last, unescaped: for a redirect's Location.
    func location(_ path: String, _ fields: KeyValuePairs<String, String?>) -> String {
        let query = [FormFields.query(fields), FormFields.query(["lang": kept?.rawValue])].filter { !$0.isEmpty }.joined(separator: "&")
        return query.isEmpty ? path : path + "?" + query
    }

    private func link(_ path: String, _ fields: KeyValuePairs<String, String?>) -> String {
        HTMLText.escape(location(path, fields))
    }
}
