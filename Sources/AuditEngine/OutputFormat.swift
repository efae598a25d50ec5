import CheckerKit
import FindingsModel

/// `--format`: how `audit check` prints a run.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text
    case json
    case sarif
    case markdown

    /// Renders `run`; `colour` matters only to text, and only a terminal should get it.
    /// `reviews`, by fingerprint, add baseline states and triage to text, JSON and SARIF.
    /// Messages and rule names are given in `language`; JSON and SARIF keep their keys and values English.
    public func render(
        _ run: AuditRun, subject: RunSubject, colour: Bool, reviews: [String: FindingReview] = [:], language: Language = .en
    ) throws -> String {
        switch self {
        case .text: TextRenderer(colour: colour, reviews: reviews, language: language).render(run, subject: subject)
        case .json: try JSONRenderer(reviews: reviews, language: language).render(run, subject: subject)
        case .sarif: try SARIFRenderer(reviews: reviews, language: language).render(run, subject: subject)
        case .markdown: MarkdownRenderer(language: language).render(run, subject: subject)
        }
    }
}
