import CheckerKit

/// A group of paragraphs shared between reports as one finding. Locations name the report and
/// the line, since a corpus has no single artifact for spans to point into.
struct CorpusFindings {
    let documents: [CorpusDocument]
    let paragraphs: [CorpusParagraph]
    let formulaReports: Int

    func finding(_ group: [Int]) -> Finding {
        let reports = Set(group.map { paragraphs[$0].document }).count
        let rule = reports >= formulaReports ? Rule.repeatedFormula : Rule.sharedAcrossReports
        let first = paragraphs[group[0]]
        let places = group.map(location)
        let similarity = group.dropFirst().map { first.shingles.similarity(paragraphs[$0].shingles).jaccard }.min() ?? 1
        let quote = ParagraphPlace.quote(first.text, length: 24), jaccard = "\(Int((similarity * 100).rounded(.down)))%"
        let message = LocalizedText(
            en: "\(quote) (\(first.text.count) characters) appears in \(reports) reports: " + places.map(\.logical).joined(separator: "; ") + "; Jaccard ≥ \(jaccard)",
            zh: "\(quote)（\(first.text.count) 字）出现在 \(reports) 份报告中：" + places.map(\.logical).joined(separator: "；") + "；杰卡德相似度 ≥ \(jaccard)"
        )
        return Finding(ruleID: rule.id, level: rule.level, message: message, locations: [places[0]], relatedLocations: Array(places.dropFirst()))
    }

    private func location(_ member: Int) -> FindingLocation {
        let paragraph = paragraphs[member]
        let document = documents[paragraph.document]
        let line = document.report.paragraphs[paragraph.paragraph].span.startLine
        return FindingLocation(span: nil, logical: "\(document.name):\(line)")
    }
}
