import Foundation

/// The three Shanghai Putuo 2024 PDFs in reports/shanghai-putuo/ and their fixtures.
public enum ShanghaiReports {
    public static let stems = ["caizhengju-2024", "shehui-gongzuobu-2024", "template-2024"]

    public static func pdf(_ stem: String) -> URL {
        packageRoot.appendingPathComponent("reports/shanghai-putuo/\(stem).pdf")
    }

    public static func fixture(_ stem: String) -> URL {
        packageRoot.appendingPathComponent("Tests/Fixtures/shanghai-putuo/\(stem).tsv")
    }

    /// The text the parser reads. Until `audit commit` stores a PDF's text, the layout text of
    /// PDF-TEXT.md is made here from poppler's word boxes; switch this one function to the
    /// committed text when it does.
    public static func text(of stem: String) throws -> String {
        try BoxedWordsLayout.text(pdf: pdf(stem))
    }

    /// What a user without our ingest has: `pdftotext -layout`, whose columns are not linear in
    /// the page's x (a sparse line is laid out on its own, a label pushing its values right).
    public static func pdftotextLayout(of stem: String) throws -> String {
        try BoxedWordsLayout.run(["pdftotext", "-layout", pdf(stem).path, "-"])
    }
}
