import CheckerKit
import FindingsModel

/// The words both review renderers (HTML, Markdown) share, in either language.
enum ReviewTitle {
    /// "Review of 2021 against 2020", "2021 审核报告（基准：2020）".
    static func text(_ document: ReviewDocument, in language: Language) -> String {
        language(
            "Review of \(document.subject)" + (document.baseline.map { " against \($0)" } ?? ""),
            "\(document.subject) 审核报告" + (document.baseline.map { "（基准：\($0)）" } ?? "")
        )
    }

    /// A status column of the summary table ("new", "false-positive", "open") as shown.
    static func status(_ status: String, in language: Language) -> String {
        if let state = BaselineState(rawValue: status) { return state.label(in: language) }
        if status == "open" { return language("open", "待处理") }
        return Suppression.label(ofDecision: status, in: language)
    }

    /// "… 3 more lines", "…另有 3 行".
    static func moreLines(_ count: Int, in language: Language) -> String {
        language("… \(count) more line\(count == 1 ? "" : "s")", "…另有 \(count) 行")
    }
}
