import Foundation

/// One commit of the triage ref: who decided, when, and the decision in words.
public struct TriageLogEntry: Sendable {
    public var commitID: String
    public var reviewer: String
    public var email: String
    public var date: Date
    /// "triage 3fa2c81d09: false-positive — 表7 rounds to the yuan".
    public var summary: String
}
