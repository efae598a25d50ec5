import AuditStore
import CheckerKit
import FindingsModel
import FindingsStore
import Foundation
import TextEscaping

/// A finding's history in words: what it is, then one line per revision, then its events.
struct HistoryReport {
    let history: FindingHistory
    let decision: TriageDecision?

    /// Messages, reasons and reviewers' names are untrusted text: their control characters are shown, not obeyed.
    var lines: [String] {
        rawLines.map(TerminalText.visibleLine)
    }

    private var rawLines: [String] {
        guard let latest = history.appearances.last?.finding else { return [] }
        var lines = [
            "finding \(latest.shortID) \(latest.ruleID) at \(latest.locations.first?.logical ?? "")",
            "  \(latest.message)", "",
        ]
        lines += history.entries.map { entry in
            "  \(entry.revision.ref.padding(toLength: 10, withPad: " ", startingAt: 0)) \(entry.revision.shortID)  "
                + (entry.finding == nil ? "absent" : "present")
        }
        lines.append("")
        lines += history.events.map(Self.describe)
        if history.events.last.map(Self.isFix) != true, let last = history.appearances.last {
            lines.append("still present in \(last.revision.ref)")
        }
        lines += decision.map { ["triage: \($0.status.rawValue) — \($0.reason) (\($0.reviewer) <\($0.email)>, \(Self.date($0.decidedAt)))"] } ?? []
        return lines
    }

    private static func describe(_ event: FindingHistory.Event) -> String {
        switch event {
        case .firstSeen(let revision): "first seen in \(revision.ref) (\(date(revision.date)))"
        case .fixed(let revision): "fixed in \(revision.ref) (\(date(revision.date)))"
        case .reappeared(let revision): "reappeared in \(revision.ref) (\(date(revision.date)))"
        }
    }

    private static func isFix(_ event: FindingHistory.Event) -> Bool {
        if case .fixed = event { return true }
        return false
    }

    private static func date(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
