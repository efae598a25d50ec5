import Foundation

/// Which department and which year the report is about, read from its part headings
/// ("第一部分 X概况", "第二部分 X 2024 年度部门决算表") and cover, by majority so that one
/// wrong heading does not redefine the report. The structure checker holds the report to it;
/// `audit commit --batch` names each file's version by it.
public struct ReportIdentity: Hashable, Sendable {
    /// The department's name, blanks removed: "中共上海市普陀区委社会工作部".
    public let department: String?
    public let year: String?

    public init(_ report: Report) {
        let parts = report.sections.filter { $0.level == 1 }.map { Compact.text($0.title) }
        department = ReportIdentity.majority(parts.compactMap(ReportIdentity.department(inPartTitle:)))
        let cover = report.paragraphs.prefix(1).map { Compact.text($0.text) }
        year = ReportIdentity.majority((parts + cover).compactMap(ReportIdentity.year(inTitle:)))
    }

    /// "X" of "X概况" or "X2024年度部门决算表".
    public static func department(inPartTitle title: String) -> String? {
        if let name = firstGroup(of: departmentBeforeYear, in: title) { return name }
        if title.hasSuffix("概况"), title.count > 2 { return String(title.dropLast(2)) }
        return nil
    }

    public static func year(inTitle title: String) -> String? {
        firstGroup(of: yearBeforeTitle, in: title)
    }

    // The patterns are constants of this file: a bad one is a programming error.
    private static let departmentBeforeYear = try! NSRegularExpression(pattern: #"^(.+?)\d{4}年度?部门决算"#)
    private static let yearBeforeTitle = try! NSRegularExpression(pattern: #"(\d{4})年度?部门决算"#)

    private static func firstGroup(of pattern: NSRegularExpression, in text: String) -> String? {
        let whole = NSRange(text.startIndex..., in: text)
        guard let match = pattern.firstMatch(in: text, range: whole), let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    /// The most frequent value; ties go to the one seen first.
    private static func majority(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        values.forEach { counts[$0, default: 0] += 1 }
        return values.first { counts[$0] == counts.values.max() }
    }
}
