import CheckerKit

/// A group of paragraphs shared between reports as one finding. Locations name the report and
/// the line, since a corpus has no single artifact for spans to point into.
struct CorpusFindings {
    let documents: [CorpusDocument]
    let paragraphs: [CorpusParagraph]
    let formulaReports: Int
    let template: TemplateText

    func finding(_ group: [Int]) -> Finding {
        let reports = Set(group.map { paragraphs[$0].document }).count
        let first = paragraphs[group[0]]
        // Wording shared by many reports is a formula already; fewer may share a template's.
        let filled = reports >= formulaReports ? nil : templateFilled(group)
        let rule = reports >= formulaReports || filled != nil ? Rule.repeatedFormula : Rule.sharedAcrossReports
        let places = group.map(location)
        let similarity = group.dropFirst().map { first.shingles.similarity(paragraphs[$0].shingles).jaccard }.min() ?? 1
        let quote = ParagraphPlace.quote(first.text, length: 24), jaccard = "\(Int((similarity * 100).rounded(.down)))%"
        let shared = LocalizedText(
            en: "\(quote) (\(first.text.count) characters) appears in \(reports) reports: " + places.map(\.logical).joined(separator: "; ") + "; Jaccard ≥ \(jaccard)",
            zh: "\(quote)（\(first.text.count) 字）出现在 \(reports) 份报告中：" + places.map(\.logical).joined(separator: "；") + "；杰卡德相似度 ≥ \(jaccard)"
        )
        let message = filled.map { shared + LocalizedText(en: "; ", zh: "；") + TemplateText.explanation($0) } ?? shared
        return Finding(ruleID: rule.id, level: rule.level, message: message, locations: [places[0]], relatedLocations: Array(places.dropFirst()))
    }

    /// The blank template every member shares no more than the wording of with the first.
    private func templateFilled(_ group: [Int]) -> String? {
        let first = paragraphs[group[0]].shingles
        let names = group.dropFirst().map { template.template(sharedBy: first, paragraphs[$0].shingles) }
        guard let name = names.first ?? nil, names.allSatisfy({ $0 != nil }) else { return nil }
        return name
    }

    private func location(_ member: Int) -> FindingLocation {
        let paragraph = paragraphs[member]
        let document = documents[paragraph.document]
        let line = document.report.paragraphs[paragraph.paragraph].span.startLine
        return FindingLocation(span: nil, logical: "\(document.name):\(line)")
    }
}
