import CheckerKit
import Foundation
import ReportModel

/// The report's department written otherwise where the report speaks of itself: "社会工作部" or
/// "普陀区委社会工作部" for 中共上海市普陀区委社会工作部, "汕尾市政务服务数据局" for 汕尾市政务服务数据管理局.
/// Only where the name is the subject of a statement (…是, …的主要职责, …共有, …无): a name
/// inside the title of a rule or project ("普陀区财政局预算绩效管理实施办法") is that document's
/// name. A name under a higher region or another level ("上海市财政局", "市委社会工作部") is
/// another, superior department and stays silent.
struct DepartmentVariants {
    let view: DocumentView
    let name: String

    /// "中共上海市普陀区委" of 中共上海市普陀区委社会工作部: the region and level, in whole parts.
    static let prefixPattern = #"^((?:中共)?(?:\p{Han}{1,4}?(?:省|自治区|市|区|县))*委?)(\p{Han}{3,})$"#
    /// What follows a department's name when the statement is about the department itself.
    static let subjectFollowers = #"(?=\s*(?:是|的\s*主\s*要\s*职\s*责|主\s*要\s*职\s*责|共\s*有|负\s*责|无|没\s*有|本\s*年\s*度|（\s*本\s*级\s*）))"#
    /// Characters that, just before the core name, make it another level's department.
    static let levelMarks: Set<Character> = ["省", "市", "区", "县", "委", "局", "部", "厅", "州"]

    var findings: [Finding] {
        guard let parts = Patterns.firstMatch(DepartmentVariants.prefixPattern, in: name), let prefix = parts[1], let core = parts[2], !prefix.isEmpty else { return [] }
        return statements.flatMap { paragraph in truncated(core, prefix, in: paragraph) + otherEnding(core, prefix, in: paragraph) }
    }

    /// Body paragraphs of the 概况 part, and those that call the department 本部门 / 我局.
    private var statements: [Paragraph] {
        let overview = view.bodySections.first { $0.level == 1 && Compact.text($0.title).hasSuffix("概况") }
        let start = overview?.span.startLine ?? Int.max
        let next = view.bodySections.first { $0.level == 1 && $0.span.startLine > start }
        return view.report.paragraphs.filter { paragraph in
            guard paragraph.span.startLine >= view.bodyStart else { return false }
            let inOverview = paragraph.span.startLine > start && paragraph.span.startLine < (next?.span.startLine ?? Int.max)
            return inOverview || Patterns.firstMatch(#"本\s*部\s*门|我\s*局|本\s*局|本\s*单\s*位|我\s*部"#, in: paragraph.text) != nil
        }
    }

    /// The core name as the subject, preceded by nothing of a region or by only the last parts of
    /// the department's own ("普陀区" of 上海市普陀区).
    private func truncated(_ core: String, _ prefix: String, in paragraph: Paragraph) -> [Finding] {
        let pattern = #"([\p{Han}\s]{0,16})("# + IdentityRules.spaced(core) + ")" + DepartmentVariants.subjectFollowers
        return TextMatch.all(pattern, in: paragraph).compactMap { match -> Finding? in
            let before = Compact.text(match.groups[0] ?? "")
            let own = ownSuffix(of: before, prefix)
            let rest = before.dropLast(own.count)
            if let region = otherRegion(before, prefix) {
                let named = DepartmentVariants.from(0, nonBlanksOf: match)
                return Locations.finding(.wrongDepartment, .warning, LocalizedText(en: "“\(named.quote)” calls the department \(region)\(core), a department of another \(region.suffix(1)); the report is that of \(name)", zh: "“\(named.quote)”将本部门称为\(region)\(core)，那是另一个\(region.suffix(1))的部门；本报告是\(name)的决算"), [Locations.match(named, in: view.report)])
            }
            guard own != prefix, !(rest.last.map(DepartmentVariants.levelMarks.contains) ?? false), !own.isEmpty || core.count >= 4 else { return nil }
            let written = own + core
            let name = DepartmentVariants.from(rest.count, nonBlanksOf: match)
            return Locations.finding(.wrongDepartment, .warning, LocalizedText(en: "“\(name.quote)” calls the department \(written), a shortened form of its name \(self.name)", zh: "“\(name.quote)”将本部门称为\(written)，是其全称\(self.name)的简称"), [Locations.match(name, in: view.report)])
        }
    }

    /// The match from its `count`-th non-blank character on: where the name as written begins.
    private static func from(_ count: Int, nonBlanksOf match: TextMatch) -> TextMatch {
        let text = match.paragraph.text
        var start = match.range.lowerBound
        var seen = 0
        while seen < count, start < match.range.upperBound {
            if !text[start].isWhitespace { seen += 1 }
            start = text.index(after: start)
        }
        while start < match.range.upperBound, text[start].isWhitespace { start = text.index(after: start) }
        return TextMatch(paragraph: match.paragraph, range: start..<match.range.upperBound, groups: match.groups)
    }

    /// "静安区" before 财政局 where the report is 上海市普陀区财政局's: a region of the same level as the
    /// department's own (区 for 区), opening the clause, so not a superior's ("上海市财政局") nor a
    /// name inside a longer phrase.
    private func otherRegion(_ before: String, _ prefix: String) -> String? {
        guard let region = Patterns.firstMatch(#"^((?:中共)?\p{Han}{2}(?:省|市|区|县))委?$"#, in: before)?[1],
              let level = prefix.last(where: { "省市区县".contains($0) }), region.last == level, !prefix.contains(region) else { return nil }
        return region
    }

    /// The longest end of `before` that is a whole-part end of the department's own prefix.
    private func ownSuffix(of before: String, _ prefix: String) -> String {
        let ends = (0..<prefix.count).map { String(prefix.dropFirst($0)) }.filter { end in
            end == prefix || ["省", "市", "区", "县", "委", "共"].contains(prefix.dropLast(end.count).last.map(String.init) ?? "")
        }
        return ends.first { before.hasSuffix($0) } ?? ""
    }

    /// The department's own prefix and the start of its name, then another ending.
    private func otherEnding(_ core: String, _ prefix: String, in paragraph: Paragraph) -> [Finding] {
        guard let ending = core.last else { return [] }
        let pattern = "(" + IdentityRules.spaced(prefix + String(core.prefix(2))) + #"\p{Han}{0,8}?"# + NSRegularExpression.escapedPattern(for: String(ending)) + ")" + DepartmentVariants.subjectFollowers
        return TextMatch.all(pattern, in: paragraph).compactMap { match -> Finding? in
            let written = Compact.text(match.groups[0] ?? "")
            // "上海市普陀区财政局会同区税务局负责": the full name, then another department.
            guard !written.hasPrefix(name) else { return nil }
            return Locations.finding(.wrongDepartment, .warning, LocalizedText(en: "“\(match.quote)” calls the department \(written); its name is \(name)", zh: "“\(match.quote)”将本部门称为\(written)；其全称为\(name)"), [Locations.match(match, in: view.report)])
        }
    }
}
