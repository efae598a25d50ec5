import CheckerKit
import ReportModel

/// Copies inside one report: sentence pairs confirmed exactly, chained into passages, with
/// formulas (wording that recurs in many places) reported once each.
struct WithinReport {
    let settings: Settings

    func findings(_ report: Report) -> (findings: [Finding], comparisons: Int) {
        let sentences = Sentence.split(report, shingleSize: settings.shingleSize)
        let comparable = sentences.map { $0.text.count >= settings.minimumLength }
        let shingles = sentences.map(\.shingles)
        let pairs = IdenticalSentences(shingles) { comparable[$0] }.pairs(shingles, matching: settings.exactPairs)
        let formulas = FormulaClusters(pairs, count: sentences.count, minimumOccurrences: settings.formulaOccurrences) { sentences[$0].paragraph }
        let places = Places(report: report, sentences: sentences)
        let growth = PassageExtension(sentences: sentences, comparable: comparable, jaccard: settings.extensionJaccard)
        let passages = PassageChaining(gap: settings.gap, rank: PassageChaining.ranks(comparable)).passages(pairs)
            .compactMap { $0.trimmed(formulas) }.map(growth.extended)
        let builder = PassageFindings(places: places, formulas: formulas, settings: settings)
        let findings = passages.map(builder.finding) + formulas.clusters.map(FormulaFindings(places: places).finding)
        return (findings, comparable.filter { $0 }.count)
    }
}
