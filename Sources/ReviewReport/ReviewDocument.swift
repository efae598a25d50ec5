import FindingsModel
import CheckerKit
import FindingsStore
import ReportDiff
import ReportModel

/// Everything the reviewer report shows: what was checked, against what, every finding with
/// its context, status and history, and what changed in the report since the baseline.
public struct ReviewDocument: Sendable {
    public var subject: String
    public var baseline: String?
    public var entries: [ReviewEntry]
    public var summary: StatusSummary
    public var highlights: DiffHighlights?

    /// `text` is the stored text of the revision the run checked; `histories` are by fingerprint.
    public init(
        subject: String, baseline: String?, run: AuditRun, reviews: [String: FindingReview],
        text: String, histories: [String: FindingHistory], changes: ReportChanges?
    ) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let pages = PageMap(text: text)
        entries = Self.severestFirst(run.findings).map { finding in
            let review = reviews[finding.fingerprint] ?? FindingReview()
            // An absent finding's span points into the baseline's text, not this one.
            let span = review.baselineState == .absent ? nil : finding.locations.first?.span
            var entry = ReviewEntry(
                finding: finding, ruleName: run.rule(finding.ruleID)?.name ?? finding.ruleID, review: review,
                context: span.map { QuotedLine.around(startLine: $0.startLine, endLine: $0.endLine, in: lines, pages: pages) } ?? [],
                history: histories[finding.fingerprint].map { Self.describe($0, in: .en) } ?? []
            )
            entry.rule = run.rule(finding.ruleID)
            entry.historyZh = histories[finding.fingerprint].map { Self.describe($0, in: .zh) } ?? []
            (entry.context, entry.omittedContextLines) = Self.capped(entry.context)
            if review.baselineState != .absent {
                (entry.related, entry.omittedRelatedLines) = Self.capped(Self.relatedLines(of: finding, besides: entry.context, in: lines, pages: pages))
            }
            return entry
        }
        Self.assignAnchors(&entries)
        self.subject = subject
        self.baseline = baseline
        summary = StatusSummary(entries)
        highlights = changes.map(DiffHighlights.init)
    }

    /// Each related place's lines in the finding's order, a line quoted once and not again
    /// when the primary place's context already shows it.
    private static func relatedLines(of finding: Finding, besides context: [QuotedLine], in lines: [Substring], pages: PageMap) -> [QuotedLine] {
        var seen = Set(context.map(\.number))
        return finding.relatedLocations.flatMap { location -> [QuotedLine] in
            guard let span = location.span else { return [] }
            let quoted = QuotedLine.cited(
                span, note: LocalizedText(en: location.note(in: .en) ?? location.logical, zh: location.note(in: .zh) ?? location.logical),
                in: lines, pages: pages
            )
            return quoted.filter { seen.insert($0.number).inserted }
        }
    }

    private static func capped(_ lines: [QuotedLine]) -> ([QuotedLine], Int) {
        (Array(lines.prefix(ReviewEntry.lineLimit)), max(0, lines.count - ReviewEntry.lineLimit))
    }

    private static func assignAnchors(_ entries: inout [ReviewEntry]) {
        var used: [String: Int] = [:]
        for index in entries.indices {
            let id = "f-\(entries[index].finding.shortID)"
            let count = used[id, default: 0] + 1
            used[id] = count
            entries[index].anchor = count == 1 ? id : "\(id)-\(count)"
        }
    }

    /// Errors, then warnings, then notes, each in the run's order.
    private static func severestFirst(_ findings: [Finding]) -> [Finding] {
        findings.enumerated()
            .sorted { $0.element.level != $1.element.level ? $0.element.level > $1.element.level : $0.offset < $1.offset }
            .map(\.element)
    }

    private static func describe(_ history: FindingHistory, in language: Language) -> [String] {
        let seen = language("seen in ", "出现于 ") + history.appearances.map(\.revision.ref).joined(separator: language(", ", "、"))
        return [seen] + history.events.map { event in
            switch event {
            case .firstSeen(let revision): language("first seen in ", "首次出现于 ") + revision.ref
            case .fixed(let revision): language("fixed in ", "更正于 ") + revision.ref
            case .reappeared(let revision): language("reappeared in ", "再次出现于 ") + revision.ref
            }
        }
    }
}
