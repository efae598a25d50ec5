import CheckerKit

/// The rules this checker reports under.
public enum Rule: String, CaseIterable, Sendable {
    case copiedPassage = "copied-passage"
    case repeatedFormula = "repeated-formula"
    case unchangedSincePrevious = "unchanged-since-previous"
    case staleFigures = "stale-figures"
    case sharedAcrossReports = "shared-across-reports"

    public var id: String { "\(DuplicateNarrative.id).\(rawValue)" }

    public var description: RuleDescription {
        RuleDescription(id: id, name: name, summary: summary, help: help, defaultLevel: level)
    }

    var level: Level {
        switch self {
        case .copiedPassage, .staleFigures, .sharedAcrossReports: .warning
        case .repeatedFormula, .unchangedSincePrevious: .note
        }
    }

    private var name: String {
        switch self {
        case .copiedPassage: "Narrative passage copied within the report"
        case .repeatedFormula: "Formula repeated across the report"
        case .unchangedSincePrevious: "Narrative unchanged since the previous version"
        case .staleFigures: "Narrative keeps last year's figures"
        case .sharedAcrossReports: "Narrative shared with another report"
        }
    }

    private var summary: String {
        switch self {
        case .copiedPassage: "A run of sentences (one or many paragraphs) appears twice: pasted under another project or section, or repeated in place."
        case .repeatedFormula: "A short sentence recurs in many places, such as the standard 经济性/效率性 wording; listed once with every place."
        case .unchangedSincePrevious: "Paragraphs carried over word for word from the previous year's report."
        case .staleFigures: "A paragraph carried over from last year still prints figures that were in last year's tables and are not in this year's."
        case .sharedAcrossReports: "A paragraph, or a passage of sentences inside a paragraph, of one report appears nearly unchanged in another report of the corpus."
        }
    }

    private var help: String {
        switch self {
        case .copiedPassage: "Check that the passage belongs where it stands; if it was pasted, replace it with this project's own account."
        case .repeatedFormula: "Usually harmless; check that each place's figures and names are its own."
        case .unchangedSincePrevious: "Check that what the paragraph says still holds this year."
        case .staleFigures: "Update the figures from this year's tables, or explain why last year's still apply."
        case .sharedAcrossReports: "Check which report the text was written for and that the other states its own facts."
        }
    }
}
