import CheckerKit

/// Where the review page puts a finding: what is wrong in this revision first, open; what is
/// only worth a look, gone since the baseline, or set aside by a reviewer, collapsed.
public enum ReviewGroup: String, CaseIterable, Sendable {
    case errors, warnings, notes, absent, triaged

    public var title: String { title(in: .en) }

    public func title(in language: Language) -> String {
        switch self {
        case .errors: language("Errors", "错误")
        case .warnings: language("Warnings", "警告")
        case .notes: language("Notes", "提示")
        case .absent: language("Absent since the baseline", "与基准相比已消失")
        case .triaged: language("Set aside by a reviewer", "复核人已搁置")
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
