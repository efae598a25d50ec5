import CheckerKit
import DuplicateNarrative
import Foundation
import ReportModel

/// The whole of `audit dups` in process (`CorpusSearch`: paragraphs, then sentences and
/// passages inside paragraphs that differ) on generated reports, against the paragraph search
/// alone (`corpus-passages: false`, the search of main a651810, unchanged) on the same reports
/// in the same run: what finding passages costs.
///
/// The reports are `DuplicatesWorkload.corpus`'s, each paragraph one line of a stored text, with
/// `planted` runs of one or two sentences of one report inserted, unchanged, between two
/// sentences of a paragraph of another.
struct DupsWorkload: Workload {
    let name = "dups"

    func run(_ context: BenchContext) throws -> [Row] {
        let reports = context.size(smoke: 4, full: Self.fullReports)
        let corpus = DuplicatesWorkload.corpus(ReportParser.parse(context.sample), reports: reports, planted: context.size(smoke: 3, full: 500))
        var random = SeededGenerator(seed: 19)
        let documents = Self.documents(Self.planted(corpus, count: context.size(smoke: 3, full: 500), using: &random), reports: reports)
        let defaults = DuplicateNarrative.description.options
        var paragraphsOnly = CheckerConfiguration(defaults: defaults)
        paragraphsOnly.values["corpus-passages"] = .bool(false)
        let before = try CorpusSearch(configuration: paragraphsOnly)
        let after = try CorpusSearch(configuration: CheckerConfiguration(defaults: defaults))
        let runs = context.smoke ? 1 : 3
        var found: (before: [Finding], after: [Finding]) = ([], [])
        let peer = measure("dups: paragraphs only (a651810)", amount: Double(corpus.texts.count), unit: "para", iterations: runs) {
            found.before = before.findings(documents)
        }
        let ours = measure("dups: paragraphs + passages", amount: Double(corpus.texts.count), unit: "para", iterations: runs) {
            found.after = after.findings(documents)
        }
        let passages = found.after.count - found.before.count
        return [Row(ours: ours, peer: .measured(peer), peakMemory: PeakMemory.ofSelfSoFar, notes: [
            "\(reports) generated reports, \(corpus.texts.count) paragraphs, \(corpus.planted.count) paragraphs and up to \(context.size(smoke: 3, full: 500)) sentence runs planted; \(runs) runs",
            "findings: \(found.before.count) paragraph findings; with passages \(found.after.count) (\(passages) passage findings)",
        ])]
    }

    /// 1,000 reports, or `AUDIT_BENCH_DUPS_REPORTS` of them (issue 19's season is 10,000; the
    /// planted copies stay 500).
    static var fullReports: Int {
        ProcessInfo.processInfo.environment["AUDIT_BENCH_DUPS_REPORTS"].flatMap(Int.init).map { max(2, $0) } ?? 1_000
    }

    /// `corpus` with runs of one or two sentences copied between two sentences of a paragraph of
    /// another report.
    private static func planted(_ corpus: DuplicatesWorkload.Corpus, count: Int, using random: inout SeededGenerator) -> [[Unicode.Scalar]] {
        var texts = corpus.texts
        let perReport = texts.count / corpus.reports
        for _ in 0..<count {
            let (source, target) = (Int(random.next() % UInt64(texts.count)), Int(random.next() % UInt64(texts.count)))
            guard source / perReport != target / perReport else { continue }
            let sentences = split(texts[source])
            let start = Int(random.next() % UInt64(sentences.count))
            let run = sentences[start..<min(sentences.count, start + 1 + Int(random.next() % 2))].joined()
            var host = split(texts[target])
            host.insert(Array(run), at: Int(random.next() % UInt64(host.count + 1)))
            texts[target] = Array(host.joined())
        }
        return texts
    }

    /// Cut after each 。, the rest (if any) last.
    private static func split(_ text: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var pieces: [[Unicode.Scalar]] = [[]]
        for scalar in text {
            pieces[pieces.count - 1].append(scalar)
            if scalar == "。" { pieces.append([]) }
        }
        return pieces.filter { !$0.isEmpty }
    }

    /// One stored-text report per `reports`-th of `texts`, its paragraphs under one heading.
    private static func documents(_ texts: [[Unicode.Scalar]], reports: Int) -> [CorpusDocument] {
        let perReport = texts.count / reports
        return (0..<reports).map { number in
            let paragraphs = texts[(number * perReport)..<((number + 1) * perReport)].flatMap { [String(String.UnicodeScalarView($0)) + " ", ""] }
            let lines = [" 第三部分：生成单位 2021 年部门决算情况说明 ", "", "四、其他重要事项的情况说明 ", ""] + paragraphs
            return CorpusDocument(name: "report-\(number)", report: ReportParser.parse(lines.joined(separator: "\n")))
        }
    }
}
