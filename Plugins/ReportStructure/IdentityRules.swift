import CheckerKit
import Foundation
import ReportModel

/// Headings, table titles and statements must be about the report's own department and year.
struct IdentityRules {
    let view: DocumentView

    var findings: [Finding] { headingYears + statementYears + yearEndDates + departments }

    private var report: Report { view.report }

    /// A year in a heading or table title, other than inside 《》 or after 比/与/较.
    static let headingYear = #"(?<![比与较《\d\-—～至])(\d{4})(?![\-—～至]\d)\s*年"#

    private var headingYears: [Finding] {
        guard let year = view.identity.year else { return [] }
        let sections = report.sections.filter { $0.level <= 2 }.compactMap { section -> Finding? in
            let title = Compact.text(section.title)
            guard IdentityRules.isAboutTheReport(title), let other = IdentityRules.otherYear(in: title, than: year) else { return nil }
            return Locations.finding(.wrongYear, LocalizedText(en: "the heading \(section.marker)\(title) names \(other); the report is the \(year) report, so it should say \(year)", zh: "标题“\(section.marker)\(title)”写的是 \(other)；本报告为 \(year) 年度决算，应为 \(year)"), [Locations.section(section)])
        }
        let tables = report.tables.compactMap { table -> Finding? in
            let title = Compact.text(table.title)
            guard let other = IdentityRules.otherYear(in: title, than: year) else { return nil }
            return Locations.finding(.wrongYear, LocalizedText(en: "the table title \(title) names \(other); the report is the \(year) report", zh: "表名“\(title)”写的是 \(other)；本报告为 \(year) 年度决算"), [Locations.table(table)])
        }
        let chapters = view.chapters.filter(\.opensParagraph).compactMap { chapter -> Finding? in
            guard let leading = chapter.leadingYear, let other = IdentityRules.otherYear(in: leading, than: year) else { return nil }
            return Locations.finding(.wrongYear, LocalizedText(en: "the heading of chapter \(chapter.plainTitle.prefix(20))… names \(other); the report is the \(year) report, so it should say \(year)", zh: "章节标题“\(chapter.plainTitle.prefix(20))…”写的是 \(other)；本报告为 \(year) 年度决算，应为 \(year)"), [Locations.chapter(chapter)])
        }
        return sections + tables + chapters
    }

    /// Headings of the report's own accounts ("2021 年度收入支出决算总体情况说明"), not of projects or plans.
    static func isAboutTheReport(_ title: String) -> Bool {
        !title.contains("项目") && ["决算", "说明", "预算"].contains { title.contains($0) }
    }

    static func otherYear(in title: String, than year: String) -> String? {
        let outsideTitles = title.replacingOccurrences(of: #"《[^》]*》"#, with: "", options: .regularExpression)
        let regex = Patterns.regex(headingYear)
        let range = NSRange(outsideTitles.startIndex..., in: outsideTitles)
        return regex.matches(in: outsideTitles, range: range).compactMap { Range($0.range(at: 1), in: outsideTitles).map { String(outsideTitles[$0]) } }
            .first { $0 != year }
    }

    /// "X 2023 年度…" or "2023 年度部门决算" in the narrative of a 2024 report.
    private var statementYears: [Finding] {
        guard let year = view.identity.year else { return [] }
        var patterns = [#"(?<![比与较])(\d{4})\s*年\s*度?\s*部\s*门\s*决\s*算"#]
        if let name = view.identity.department, !name.contains("XX") {
            patterns.append(IdentityRules.spaced(name) + #"\s*(\d{4})\s*年\s*度"#)
        }
        return report.paragraphs.filter { $0.span.startLine >= view.bodyStart }.flatMap { paragraph in
            patterns.flatMap { TextMatch.all($0, in: paragraph) }.filter { $0.groups.last??.isEmpty == false && $0.groups.last! != year }
                .map { match in
                    let other = match.groups.last!!
                    return Locations.finding(.wrongYear, .warning, LocalizedText(en: "“\(match.quote)” speaks of \(other) in the \(year) report; it should say \(year)", zh: "\(year) 年度决算中“\(match.quote)”写的是 \(other)；应为 \(year)"), [Locations.match(match, in: report)])
                }
        }
    }

    /// "截至 Y 年 12 月 31 日" is the report's balance date: Y must be the report year.
    private var yearEndDates: [Finding] {
        guard let year = view.identity.year else { return [] }
        return report.paragraphs.flatMap { TextMatch.all(#"截至\s*(\d{4})\s*年\s*12\s*月\s*31\s*日"#, in: $0) }
            .filter { $0.groups[0] != year }
            .map { match in
                Locations.finding(.wrongYear, .warning, LocalizedText(en: "“\(match.quote)”: the year-end balance of the \(year) report is at \(year)年12月31日, not \(match.groups[0]!)", zh: "“\(match.quote)”：\(year) 年度决算的年末余额应截至\(year)年12月31日，而非 \(match.groups[0]!) 年"), [Locations.match(match, in: report)])
            }
    }

    /// The department named in headings, table titles and the 说明 of empty tables.
    private var departments: [Finding] {
        guard let name = view.identity.department, !name.contains("XX") else { return [] }
        let headings = report.sections.filter { $0.level == 1 }.compactMap { section -> Finding? in
            guard let other = ReportIdentity.department(inPartTitle: Compact.text(section.title)), let finding = IdentityRules.compare(other, name, Locations.section(section), LocalizedText(en: "the heading \(section.marker)\(Compact.text(section.title))", zh: "标题“\(section.marker)\(Compact.text(section.title))”")) else { return nil }
            return finding
        }
        let notes = report.tables.flatMap { table in
            table.notes.compactMap { note -> Finding? in
                let text = Compact.text(note)
                guard let match = Patterns.firstMatch(#"(?:^|说明：|注：)([^。：，；]{2,40}?(?:局|部|委|办|院|中心|所|会|厅|室|站|队|馆|处))(?:本年度)?(?:没有|无)"#, in: text), let other = match[1] else { return nil }
                return IdentityRules.compare(other, name, Locations.table(table), LocalizedText(en: "the 说明 of \(Completeness.title(table))", zh: "\(Completeness.title(table))的说明"))
            }
        }
        return headings + notes + TitleDepartments(view: view, name: name).findings + statementNames(name) + DepartmentVariants(view: view, name: name).findings
    }

    /// "社会工作部 2024 年度…" where the report is that of 中共上海市普陀区委社会工作部: the name cut
    /// short before the report year. A longer name ending alike ("上海市财政局" in the 普陀区财政局's
    /// report) is another department, a superior one, and keeps its name.
    private func statementNames(_ name: String) -> [Finding] {
        report.paragraphs.filter { $0.span.startLine >= view.bodyStart }.flatMap { TextMatch.all(#"(\p{Han}{2,40})\s*\d{4}\s*年\s*度"#, in: $0) }
            .compactMap { match -> Finding? in
                guard let words = match.groups[0], !words.hasSuffix(name) else { return nil }
                let common = String(zip(words.reversed(), name.reversed()).prefix { $0 == $1 }.map(\.0).reversed())
                let before = words.dropLast(common.count)
                guard common.count >= 3, common.count < name.count, before.isEmpty || ["说明", "情况"].contains(where: { before.hasSuffix($0) }) else { return nil }
                return Locations.finding(.wrongDepartment, .warning, LocalizedText(en: "“\(match.quote)” names the department …\(common), not by its full name \(name)", zh: "“\(match.quote)”以“…\(common)”称呼本部门，未使用全称\(name)"), [Locations.match(match, in: report)])
            }
    }

    static func compare(_ other: String, _ name: String, _ location: FindingLocation, _ place: LocalizedText) -> Finding? {
        guard other != name, !other.contains("XX") else { return nil }
        if name.hasSuffix(other) || name.hasPrefix(other) {
            return Locations.finding(.wrongDepartment, .warning, LocalizedText(en: "\(place.en) calls the department \(other), a shortened form of \(name)", zh: "\(place.zh)将本部门称为\(other)，是\(name)的简称"), [location])
        }
        return Locations.finding(.wrongDepartment, LocalizedText(en: "\(place.en) names \(other); the report is that of \(name)", zh: "\(place.zh)写的是\(other)；本报告是\(name)的决算"), [location])
    }

    /// The name as a pattern that allows the blanks extraction puts between characters.
    static func spaced(_ name: String) -> String {
        name.map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(separator: #"\s*"#)
    }
}
