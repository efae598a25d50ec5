import Foundation

/// One commit of the triage ref: who decided, when, and the decision in words.
public struct TriageLogEntry: Sendable {
    public var commitID: String
    public var reviewer: String
    public var email: String
    public var date: Date
    /// "triage 3fa2c81d09: false-positive — 表7 rounds to the yuan".
    public var summary: String

    /// The decision the summary words, read back from the subject `TriageLedger.record` writes
    /// ("triage ID: STATUS — REASON"), so that a front end can word it in its own language;
    /// nil for a commit worded otherwise (written by another tool).
    public var decision: (shortID: String, status: TriageStatus, reason: String)? {
        guard summary.hasPrefix(Self.prefix), let colon = summary.firstIndex(of: ":"),
              let dash = summary.range(of: Self.separator, range: colon..<summary.endIndex) else { return nil }
        let shortID = summary[summary.index(summary.startIndex, offsetBy: Self.prefix.count)..<colon]
        let status = summary[summary.index(after: colon)..<dash.lowerBound].trimmingCharacters(in: .whitespaces)
        return TriageStatus(rawValue: status).map { (String(shortID), $0, String(summary[dash.upperBound...])) }
    }

    static let prefix = "triage "
    static let separator = " — "
}
