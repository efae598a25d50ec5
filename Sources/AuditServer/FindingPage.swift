import CheckerKit
import FindingsModel
import FindingsStore
import ReviewReport
import TextEscaping

/// One finding: the review page's entry (quoted lines, related lines, history), its evidence,
/// the page of the PDF with its words boxed, the triage trail and the form to decide it.
enum FindingPage {
    enum Strings {
        static func title(_ id: String, _ subject: String) -> String { "Finding \(id) in \(subject)" }
        static let evidence = "Evidence", expected = "expected", actual = "actual", difference = "difference", tolerance = "tolerance"
        static let page = "On the page"
        static let pageAlt = "the page of the PDF with the finding's words boxed"
        static let trail = "Triage trail"
        static let noTrail = "No decision recorded yet."
        static let decide = "Decide"
        static let status = "status", reason = "reason", record = "Record decision"
        static func reviewer(_ name: String) -> String { "Recorded as \(name)." }
        static let back = "All findings of this revision"
    }

    struct Content {
        var ref: String
        var subject: String
        var entry: ReviewEntry
        var isPDF: Bool
        var trail: [TriageLogEntry]
        var reviewer: String
        var csrf: String
    }

    static func render(_ content: Content) -> String {
        let finding = content.entry.finding
        var body = [
            "<p><a href=\"\(WorkbenchLinks.findings(content.ref))\">\(Strings.back)</a></p>",
            HTMLReviewRenderer().entry(content.entry),
        ]
        if let evidence = finding.evidence { body.append(self.evidence(evidence)) }
        if content.isPDF {
            body.append("<h2>\(Strings.page)</h2><img class=\"page\" src=\"\(WorkbenchLinks.pageImage(content.ref, id: finding.shortID))\" alt=\"\(HTMLText.escape(Strings.pageAlt))\">")
        }
        body.append(trail(content.trail))
        body.append(form(content))
        return HTMLPage.render(title: Strings.title(finding.shortID, content.subject), body: body.joined(separator: "\n"))
    }

    private static func evidence(_ evidence: Evidence) -> String {
        let rows = [(Strings.expected, evidence.expected), (Strings.actual, evidence.actual), (Strings.difference, evidence.difference), (Strings.tolerance, evidence.tolerance)]
        return "<h2>\(Strings.evidence)</h2><table class=\"evidence\">" + rows.map { name, quantity in
            "<tr><th>\(name)</th><td>\(HTMLText.escape(quantity.printed))</td></tr>"
        }.joined() + "</table>"
    }

    private static func trail(_ entries: [TriageLogEntry]) -> String {
        guard !entries.isEmpty else { return "<h2>\(Strings.trail)</h2><p class=\"trail\">\(Strings.noTrail)</p>" }
        let items = entries.map { entry in
            "<li>\(HTMLText.escape(entry.date.formatted(.iso8601))) — \(HTMLText.escape("\(entry.reviewer) <\(entry.email)>")): \(HTMLText.escape(entry.summary))</li>"
        }
        return "<h2>\(Strings.trail)</h2><ol class=\"trail\">\(items.joined())</ol>"
    }

    private static func form(_ content: Content) -> String {
        let statuses = TriageStatus.allCases.map(\.rawValue)
        return """
            <h2>\(Strings.decide)</h2><form class="triage" method="post" action="/triage">\
            <input type="hidden" name="csrf" value="\(HTMLText.escape(content.csrf))">\
            <input type="hidden" name="ref" value="\(HTMLText.escape(content.ref))">\
            <input type="hidden" name="id" value="\(content.entry.finding.shortID)">\
            <p><label>\(Strings.status) \(FindingsPage.select("status", statuses, nil, any: nil))</label></p>\
            <p><label>\(Strings.reason)<br><textarea name="reason" required></textarea></label></p>\
            <p class="meta">\(HTMLText.escape(Strings.reviewer(content.reviewer)))</p>\
            <p><button type="submit">\(Strings.record)</button></p></form>
            """
    }
}
