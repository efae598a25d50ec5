import Foundation

/// What the cover page says besides the counts: which revision, when, by whom.
public struct CoverFacts: Sendable {
    /// "czj-2024@1 (bcb9ccb)".
    public var revision: String
    public var date: Date
    /// "Name <email>".
    public var reviewer: String
    /// How many findings a reviewer set aside are not marked (shown with `--all`).
    public var setAside: Int

    public init(revision: String, date: Date, reviewer: String, setAside: Int) {
        self.revision = revision
        self.date = date
        self.reviewer = reviewer
        self.setAside = setAside
    }
}
