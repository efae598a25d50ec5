import CheckerKit

/// A passage shared by two reports as a finding: both places (report and line) and the
/// shared text. Only a substantive copy whose two sides, taken whole, reach `jaccard` is
/// reported: a short shared phrase is stock wording, and wording shared by
/// `formula-occurrences` reports is trimmed away before this.
struct CorpusPassageFindings {
    let corpus: [CorpusDocument]
    let all: CorpusSentences
    let formulas: FormulaClusters
    let settings: Settings
    let template: TemplateText
    /// How many characters of the shared text a message quotes.
    static let quoted = 40

    func finding(_ passage: Passage) -> Finding? {
        let aligned = passage.pairs.map { AlignedPair($0, sentences: all.sentences, settings: settings) }
        let original = aligned.filter { !formulas.isFormula($0.first.sentence) }.reduce(0) { $0 + $1.first.range.count }
        guard original >= settings.substantiveLength else { return nil }
        let first = aligned.flatMap { text($0.first) }
        let second = aligned.flatMap { text($0.second) }
        let (firstShingles, secondShingles) = (Shingles(first, size: settings.shingleSize), Shingles(second, size: settings.shingleSize))
        let similarity = firstShingles.similarity(secondShingles).jaccard
        // Different departments word the same budget lines alike (the 类/款/项 explanations)
        // with their own figures: such runs share sentences, not the passage.
        guard similarity >= settings.jaccard else { return nil }
        let filled = template.template(sharedBy: firstShingles, secondShingles)
        let differences = ScalarDiff.differences(first, second)
        let (earlier, later) = (location(aligned.first!.first), location(aligned.first!.second))
        let quote = ParagraphPlace.quote(first, length: Self.quoted), jaccard = "\(Int((similarity * 100).rounded(.down)))%"
        let differs = PassageFindings.describe(differences)
        let shared = LocalizedText(
            en: "\(aligned.count) sentence\(aligned.count == 1 ? "" : "s") (\(first.count) characters) shared by \(earlier.logical) and \(later.logical): "
                + "\(quote); Jaccard ≥ \(jaccard); \(differs.en)",
            zh: "\(earlier.logical)与\(later.logical)有 \(aligned.count) 句（\(first.count) 字）相同：\(quote)；杰卡德相似度 ≥ \(jaccard)；\(differs.zh)"
        )
        let message = filled.map { shared + LocalizedText(en: "; ", zh: "；") + TemplateText.explanation($0) } ?? shared
        let rule = filled == nil ? Rule.sharedAcrossReports : Rule.repeatedFormula
        return Finding(ruleID: rule.id, level: rule.level, message: message, locations: [earlier], relatedLocations: [later],
                       identity: String(String.UnicodeScalarView(first)))
    }

    private func text(_ piece: Places.Piece) -> ArraySlice<Unicode.Scalar> {
        all.sentences[piece.sentence].text[piece.range]
    }

    /// "name:line" of where `piece` starts.
    private func location(_ piece: Places.Piece) -> FindingLocation {
        let sentence = all.sentences[piece.sentence]
        let document = corpus[all.documents[piece.sentence]]
        let line = document.report.paragraphs[sentence.paragraph].span(ofScalarRange: sentence.paragraphRange(piece.range)).startLine
        return FindingLocation(span: nil, logical: "\(document.name):\(line)")
    }
}
