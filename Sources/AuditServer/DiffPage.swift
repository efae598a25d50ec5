import Localization
import ReportDiff

/// What changed between two revisions: `audit diff --format html`'s own page, served as it is,
/// in the reader's language.
enum DiffPage {
    static func render(_ document: DiffDocument, in language: Language) -> String {
        HTMLRenderer(language: language).render(document)
    }
}
