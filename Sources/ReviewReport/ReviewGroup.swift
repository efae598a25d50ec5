import CheckerKit

/// Where the review page puts a finding: what is wrong in this revision first, open; what is
/// only worth a look, gone since the baseline, or set aside by a reviewer, collapsed.
public enum ReviewGroup: String, CaseIterable, Sendable {
    case errors, warnings, notes, absent, triaged

    public var title: String {
        switch self {
        case .errors: "Errors"
        case .warnings: "Warnings"
        case .notes: "Notes"
        case .absent: "Absent since the baseline"
        case .triaged: "Set aside by a reviewer"
        }
    }

    public var isCollapsed: Bool {
        self == .notes || self == .absent || self == .triaged
    }

    /// A finding's group: gone since the baseline, triaged away (a reviewer who confirms a
    /// defect keeps it in view), or its level.
    init(_ entry: ReviewEntry) {
        if entry.review.baselineState == .absent {
            self = .absent
        } else if entry.review.suppression?.hides == true {
            self = .triaged
        } else {
            switch entry.finding.level {
            case .error: self = .errors
            case .warning: self = .warnings
            case .note: self = .notes
            }
        }
    }
}
