import CheckerKit
import ReportModel
import RulePacks

extension CheckContext {
    /// The context `audit check` builds without configuration: the built-in pack detected from
    /// the report's titles and headers.
    public static func detected(_ report: Report, previous: Report? = nil) throws -> CheckContext {
        CheckContext(report: report, previous: previous, pack: try PackLibrary.builtIn().detect(report))
    }
}
