import CheckerKit
import FindingsModel
import FindingsStore
import Localization
import ReviewReport
import TextEscaping

/// One finding: the review page's entry (quoted lines, related lines, history), its evidence,
/// the page of the PDF with its words boxed, the triage trail and the form to decide it.
enum FindingPage {
    enum Strings {
        static func title(_ id: String, _ subject: String) -> LocalizedText {
            LocalizedText(en: "Finding \(id) in \(subject)", zh: "\(subject)中的问题 \(id)")
        }
        static let evidence = LocalizedText(en: "Evidence", zh: "证据")
        static let expected = LocalizedText(en: "expected", zh: "应为"), actual = LocalizedText(en: "actual", zh: "实为")
        static let difference = LocalizedText(en: "difference", zh: "差额"), tolerance = LocalizedText(en: "tolerance", zh: "容差")
        static let page = LocalizedText(en: "On the page", zh: "所在页面")
        static let pageAlt = LocalizedText(en: "the page of the PDF with the finding's words boxed", zh: "PDF 页面，问题所涉文字已框出")
        static let trail = LocalizedText(en: "Triage trail", zh: "复核记录")
        static let noTrail = LocalizedText(en: "No decision recorded yet.", zh: "尚无复核决定。")
        static let decide = LocalizedText(en: "Decide", zh: "复核决定")
        static let status = LocalizedText(en: "status", zh: "状态"), reason = LocalizedText(en: "reason", zh: "理由")
        static let record = LocalizedText(en: "Record decision", zh: "记录决定")
        static func reviewer(_ name: String) -> LocalizedText { LocalizedText(en: "Recorded as \(name).", zh: "记录人：\(name)。") }
        static let back = LocalizedText(en: "All findings of this revision", zh: "本修订版的全部问题")
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

    static func render(_ content: Content, for reader: Reader) -> String {
        let finding = content.entry.finding, language = reader.language
        var body = [
            "<p><a href=\"\(reader.links.findings(content.ref))\">\(Strings.back.text(in: language))</a></p>",
            HTMLReviewRenderer(language: language).entry(content.entry),
        ]
        if let evidence = finding.evidence { body.append(self.evidence(evidence, in: language)) }
        if content.isPDF {
            let image = reader.links.pageImage(content.ref, id: finding.shortID)
            body.append("<h2>\(Strings.page.text(in: language))</h2><img class=\"page\" src=\"\(image)\" alt=\"\(HTMLText.escape(Strings.pageAlt.text(in: language)))\">")
        }
        body.append(trail(content.trail, in: language))
        body.append(form(content, for: reader))
        return HTMLPage.render(title: Strings.title(finding.shortID, content.subject).text(in: language), body: body.joined(separator: "\n"), for: reader)
    }

    private static func evidence(_ evidence: Evidence, in language: Language) -> String {
        let rows = [(Strings.expected, evidence.expected), (Strings.actual, evidence.actual), (Strings.difference, evidence.difference), (Strings.tolerance, evidence.tolerance)]
        return "<h2>\(Strings.evidence.text(in: language))</h2><table class=\"evidence\">" + rows.map { name, quantity in
            "<tr><th>\(name.text(in: language))</th><td>\(HTMLText.escape(quantity.printed))</td></tr>"
        }.joined() + "</table>"
    }

    private static func trail(_ entries: [TriageLogEntry], in language: Language) -> String {
        let heading = "<h2>\(Strings.trail.text(in: language))</h2>"
        guard !entries.isEmpty else { return heading + "<p class=\"trail\">\(Strings.noTrail.text(in: language))</p>" }
        let items = entries.map { entry in
            "<li>\(HTMLText.escape(entry.date.formatted(.iso8601))) — \(HTMLText.escape("\(entry.reviewer) <\(entry.email)>")): \(HTMLText.escape(entry.summary))</li>"
        }
        return heading + "<ol class=\"trail\">\(items.joined())</ol>"
    }

    private static func form(_ content: Content, for reader: Reader) -> String {
        let language = reader.language
        let statuses = TriageStatus.allCases.map { ($0.rawValue, Suppression.label(ofDecision: $0.rawValue, in: language)) }
        return """
            <h2>\(Strings.decide.text(in: language))</h2><form class="triage" method="post" action="/triage">\
            <input type="hidden" name="csrf" value="\(HTMLText.escape(content.csrf))">\
            <input type="hidden" name="ref" value="\(HTMLText.escape(content.ref))">\
            <input type="hidden" name="id" value="\(content.entry.finding.shortID)">\(reader.links.hiddenField)\
            <p><label>\(Strings.status.text(in: language)) \(FindingsPage.select("status", statuses, nil, any: nil))</label></p>\
            <p><label>\(Strings.reason.text(in: language))<br><textarea name="reason" required></textarea></label></p>\
            <p class="meta">\(HTMLText.escape(Strings.reviewer(content.reviewer).text(in: language)))</p>\
            <p><button type="submit">\(Strings.record.text(in: language))</button></p></form>
            """
    }
}
