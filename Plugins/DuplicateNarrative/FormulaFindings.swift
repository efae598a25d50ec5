import CheckerKit

/// One note per formula, listing every place it recurs, instead of a finding per pair.
struct FormulaFindings {
    let places: Places

    func finding(_ cluster: [Int]) -> Finding {
        let sentences = places.sentences
        let lines = cluster.map { places.span(places.whole($0)).startLine }
        let quote = ParagraphPlace.quote(sentences[cluster[0]].text, length: 24)
        let message = LocalizedText(
            en: "\(quote) recurs in \(cluster.count) places (lines " + lines.map(String.init).joined(separator: ", ") + "): standard wording, check each place's own facts",
            zh: "\(quote)在 \(cluster.count) 处重复出现（第 " + lines.map(String.init).joined(separator: "、") + " 行）：属于套话，请核对各处的具体事实"
        )
        return Finding(
            ruleID: Rule.repeatedFormula.id,
            level: Rule.repeatedFormula.level,
            message: message,
            locations: [location(cluster[0])],
            relatedLocations: cluster.dropFirst().map(location),
            identity: String(String.UnicodeScalarView(sentences[cluster[0]].text))
        )
    }

    private func location(_ sentence: Int) -> FindingLocation {
        places.location(from: places.whole(sentence), to: places.whole(sentence))
    }
}
