import ReportModel

/// How findings name a place in the narrative without line numbers: the innermost heading and
/// the opening words, which survive edits elsewhere in the report.
public enum ParagraphPlace {
    /// "（四）预算绩效管理工作开展情况 / «政务服务优化提升项目绩效…»".
    public static func logical(_ report: Report, paragraph: Int, opening: some Collection<Unicode.Scalar>) -> String {
        let heading = report.sectionPath(of: report.paragraphs[paragraph]).last.map { "\($0.marker)\($0.title) / " } ?? ""
        return heading + quote(opening)
    }

    /// The first `length` scalars in «», with "…" when there are more.
    public static func quote(_ text: some Collection<Unicode.Scalar>, length: Int = 16) -> String {
        let head = String(String.UnicodeScalarView(text.prefix(length)))
        return "«\(head)\(text.count > length ? "…" : "")»"
    }
}
