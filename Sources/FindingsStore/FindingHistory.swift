import AuditStore
import CheckerKit

/// Where one finding (one fingerprint) was present, over every stored revision in order:
/// versions in natural order ("2020" before "2021"), each from revision 1 to its latest.
public struct FindingHistory {
    public struct Entry {
        public var revision: Revision
        /// The finding as that revision's record holds it; nil where it was not found.
        public var finding: Finding?
    }

    public enum Event: Equatable {
        case firstSeen(Revision)
        /// Present in one revision, gone in this next one.
        case fixed(Revision)
        /// Gone for a while, back in this revision.
        case reappeared(Revision)
    }

    public let fingerprint: String
    public let entries: [Entry]

    public init(fingerprint: String, entries: [Entry]) {
        self.fingerprint = fingerprint
        self.entries = entries
    }

    public var appearances: [Entry] {
        entries.filter { $0.finding != nil }
    }

    /// First sighting, then every change between present and absent.
    public var events: [Event] {
        var events: [Event] = []
        var wasPresent = false
        for entry in entries {
            let present = entry.finding != nil
            switch (wasPresent, present) {
            case (false, true): events.append(events.isEmpty ? .firstSeen(entry.revision) : .reappeared(entry.revision))
            case (true, false): events.append(.fixed(entry.revision))
            default: break
            }
            wasPresent = present
        }
        return events
    }
}
