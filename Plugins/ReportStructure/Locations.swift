import CheckerKit
import ReportModel

/// Findings of this checker, with the logical places a reader finds without line numbers.
enum Locations {
    static func finding(_ rule: Rule, _ message: LocalizedText, _ locations: [FindingLocation], related: [FindingLocation] = []) -> Finding {
        finding(rule, rule.level, message, locations, related: related)
    }

    static func finding(_ rule: Rule, _ level: Level, _ message: LocalizedText, _ locations: [FindingLocation], related: [FindingLocation] = []) -> Finding {
        Finding(ruleID: rule.id, level: level, message: message, locations: locations, relatedLocations: related)
    }

    static func table(_ table: Table) -> FindingLocation {
        FindingLocation(span: table.span, logical: Compact.text(table.title))
    }

    static func section(_ section: Section) -> FindingLocation {
        FindingLocation(span: section.span, logical: "\(section.marker)\(Compact.text(section.title))")
    }

    static func chapter(_ chapter: DocumentView.Chapter) -> FindingLocation {
        FindingLocation(span: chapter.span, logical: String(chapter.title.prefix(40)))
    }

    /// `place` names where text outside the paragraphs sits ("收入决算表 / 注"), for a unique logical location.
    static func match(_ match: TextMatch, in report: Report, place: String? = nil) -> FindingLocation {
        let section = place.map { "\($0) / " } ?? report.sectionPath(of: match.paragraph).last.map { "\($0.marker)\(Compact.text($0.title)) / " } ?? ""
        return FindingLocation(span: match.span, logical: "\(section)\(match.quote)")
    }

    /// "line 42": where nothing better than the start of the report can be named.
    static func report(_ report: Report) -> FindingLocation {
        FindingLocation(span: SourceSpan(startLine: 1, startColumn: 1, endLine: 1, endColumn: 1), logical: "report")
    }
}
