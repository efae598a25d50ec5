import CheckerKit
import FindingsModel
import Foundation

/// The whole run as JSON, for scripts: subject, summary, checkers and findings with evidence.
struct JSONRenderer {
    /// Baseline states and triage by fingerprint; omitted from the document when empty.
    var reviews: [String: FindingReview] = [:]
    /// The language of each finding's `message`; `messageZh` keeps the Chinese wording either way.
    var language: Language = .en

    private struct Document: Encodable {
        var subject: RunSubject
        var summary: Summary
        var checkers: [CheckerOutcome]
        var findings: [Finding]
        var reviews: [String: FindingReview]?
    }

    private struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var notes: Int
        var identitiesChecked: Int
    }

    func render(_ run: AuditRun, subject: RunSubject) throws -> String {
        let summary = Summary(
            errors: run.count(.error), warnings: run.count(.warning), notes: run.count(.note),
            identitiesChecked: run.identitiesChecked
        )
        let document = Document(subject: subject, summary: summary, checkers: run.checkers, findings: run.findings.map(localized), reviews: reviews.isEmpty ? nil : reviews)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    private func localized(_ finding: Finding) -> Finding {
        var localized = finding
        localized.message = finding.message(in: language)
        return localized
    }
}
