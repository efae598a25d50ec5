import CheckerKit
import Localization
import ReviewReport

/// The findings page's filters, from its query: level, checker, state (the status a reviewer
/// sorts by: a triage decision, else the baseline state, else open) and text anywhere in the
/// message or the checker's name (either language) or the quoted lines. An empty field filters nothing.
struct FindingFilter {
    var level: Level?
    var checker: String?
    var state: String?
    var text: String?

    init(_ fields: FormFields) throws {
        if let level = fields["level"] {
            guard let parsed = Level(rawValue: level) else { throw WorkbenchError.badRequest(LocalizedText(en: "level '\(level)' is not error, warning or note", zh: "级别 '\(level)' 不是 error、warning 或 note")) }
            self.level = parsed
        }
        checker = fields["checker"]
        state = fields["state"]
        text = fields["q"]
    }

    func admits(_ entry: ReviewEntry) -> Bool {
        if let level, entry.finding.level != level { return false }
        if let checker, entry.finding.ruleID != checker { return false }
        if let state, entry.status != state { return false }
        if let text {
            let haystack = [entry.finding.message, entry.finding.message(in: .zh), entry.ruleName, entry.ruleName(in: .zh)] + entry.context.map(\.text) + entry.related.map(\.text)
            return haystack.contains { $0.localizedCaseInsensitiveContains(text) }
        }
        return true
    }
}
