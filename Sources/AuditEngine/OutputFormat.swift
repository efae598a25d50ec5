import FindingsModel

/// `--format`: how `audit check` prints a run.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text
    case json
    case sarif
    case markdown

    /// Renders `run`; `colour` matters only to text, and only a terminal should get it.
    /// `reviews`, by fingerprint, add baseline states and triage to text, JSON and SARIF.
    public func render(_ run: AuditRun, subject: RunSubject, colour: Bool, reviews: [String: FindingReview] = [:]) throws -> String {
        switch self {
        case .text: TextRenderer(colour: colour, reviews: reviews).render(run, subject: subject)
        case .json: try JSONRenderer(reviews: reviews).render(run, subject: subject)
        case .sarif: try SARIFRenderer(reviews: reviews).render(run, subject: subject)
        case .markdown: MarkdownRenderer().render(run, subject: subject)
        }
    }
}
