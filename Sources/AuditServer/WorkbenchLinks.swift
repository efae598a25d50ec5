import TextEscaping

/// Addresses of the workbench's pages, percent-encoded and escaped for an attribute: refs are
/// query values, never paths, so nothing of a request names a file.
enum WorkbenchLinks {
    static func findings(_ ref: String) -> String { link("/findings", ["ref": ref]) }
    static func finding(_ ref: String, id: String) -> String { link("/finding", ["ref": ref, "id": id]) }
    static func pageImage(_ ref: String, id: String) -> String { link("/page.png", ["ref": ref, "id": id]) }
    static func diff(old: String, new: String) -> String { link("/diff", ["old": old, "new": new]) }

    private static func link(_ path: String, _ fields: KeyValuePairs<String, String?>) -> String {
        HTMLText.escape(path + "?" + FormFields.query(fields))
    }
}
