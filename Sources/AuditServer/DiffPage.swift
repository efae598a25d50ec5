import ReportDiff

/// What changed between two revisions: `audit diff --format html`'s own page, served as it is.
enum DiffPage {
    static func render(_ document: DiffDocument) -> String {
        HTMLRenderer().render(document)
    }
}
