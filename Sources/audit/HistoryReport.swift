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
        let place = latest.locations.first?.logical ?? ""
        var lines = [
            InterfaceLanguage.text("finding \(latest.shortID) \(latest.ruleID) at \(place)", "检查结果 \(latest.shortID) \(latest.ruleID)，位置：\(place)"),
            "  \(latest.message(in: InterfaceLanguage.current))", "",
        ]
        lines += history.entries.map { entry in
            "  \(entry.revision.ref.padding(toLength: 10, withPad: " ", startingAt: 0)) \(entry.revision.shortID)  "
                + (entry.finding == nil ? InterfaceLanguage.text("absent", "不存在") : InterfaceLanguage.text("present", "存在"))
        }
        lines.append("")
        lines += history.events.map(Self.describe)
        if history.events.last.map(Self.isFix) != true, let last = history.appearances.last {
            lines.append(InterfaceLanguage.text("still present in \(last.revision.ref)", "\(last.revision.ref) 中仍存在"))
        }
        lines += decision.map { decision in
            let status = Suppression.label(ofDecision: decision.status.rawValue, in: InterfaceLanguage.current)
            let who = "\(decision.reviewer) <\(decision.email)>, \(Self.date(decision.decidedAt))"
            return [InterfaceLanguage.text("triage: \(status) — \(decision.reason) (\(who))", "处理：\(status) — \(decision.reason)（\(who)）")]
        } ?? []
        return lines
    }

    private static func describe(_ event: FindingHistory.Event) -> String {
        switch event {
        case .firstSeen(let revision): InterfaceLanguage.text("first seen in ", "首次出现于 ") + "\(revision.ref) (\(date(revision.date)))"
        case .fixed(let revision): InterfaceLanguage.text("fixed in ", "更正于 ") + "\(revision.ref) (\(date(revision.date)))"
        case .reappeared(let revision): InterfaceLanguage.text("reappeared in ", "再次出现于 ") + "\(revision.ref) (\(date(revision.date)))"
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
