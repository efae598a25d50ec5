/// `--format`: how `audit check` prints a run.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text
    case json
    case sarif
    case markdown

    /// Renders `run`; `colour` matters only to text, and only a terminal should get it.
    public func render(_ run: AuditRun, subject: RunSubject, colour: Bool) throws -> String {
        switch self {
        case .text: TextRenderer(colour: colour).render(run, subject: subject)
        case .json: try JSONRenderer().render(run, subject: subject)
        case .sarif: try SARIFRenderer().render(run, subject: subject)
        case .markdown: MarkdownRenderer().render(run, subject: subject)
        }
    }
}
