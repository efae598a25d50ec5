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
        let reports = context.size(smoke: 4, full: Self.fullReports), plantedRuns = context.size(smoke: 3, full: 500)
        let sample = ReportParser.parse(context.sample)
        // `generator` names the output of DuplicatesWorkload.corpus, planted and storedTexts
        // together: a change to any of them must bump it.
        let cache = GeneratedCorpusCache(generator: 1, name: "dups-\(reports)-\(plantedRuns)", sample: context.sample,
                                         root: context.smoke ? context.scratch : URL(fileURLWithPath: ".build/bench-cache"))
        let texts = try cache.texts {
            var random = SeededGenerator(seed: 19)
            return Self.storedTexts(Self.planted(DuplicatesWorkload.corpus(sample, reports: reports, planted: plantedRuns), count: plantedRuns, using: &random), reports: reports)
        }
        // The stored texts hold each generated paragraph on a line of its own, after two headings.
        let paragraphs = texts.reduce(0) { $0 + $1.split(separator: "\n").count - 2 }
        // At a season's size one run after the untimed first takes as long as three at 1,000.
        let runs = context.smoke || reports > Self.peerReports ? 1 : 3
        var row = try Self.ours(texts, paragraphs: paragraphs, runs: runs)
        row.notes.insert("\(reports) generated reports, \(paragraphs) paragraphs, up to \(plantedRuns) paragraphs and \(plantedRuns) sentence runs planted; \(runs) runs; "
            + "timed: CorpusSearch.findings over the parsed reports (what `audit dups` does after reading and parsing the files); read from \(cache.directory.path)", at: 0)
        // After ours, whose peak memory is then read without the peer's input in it.
        let peerReports = min(reports, Self.peerReports)
        do {
            let outcome = try Datasketch.run(DuplicatesWorkload.corpus(sample, reports: peerReports, planted: plantedRuns).texts, context: context, runs: 1)
            row.peer = Peer.measured(outcome.measurement)
            row.notes.append("peer: datasketch MinHash+LSH (paragraph candidates only) on the \(peerReports) reports of the duplicates row, 1 run")
        } catch {
            row.peer = Peer.unavailable(name: "datasketch", reason: "peer not installed or failed: \(error)")
        }
        return [row]
    }

    /// The whole search and the paragraph search alone on the parsed `texts`, with the CPU time
    /// of each fastest run (both cores count), which a loaded machine disturbs less than the wall clock.
    private static func ours(_ texts: [String], paragraphs: Int, runs: Int) throws -> Row {
        let parseStart = DispatchTime.now().uptimeNanoseconds
        let documents = parsed(texts)
        let parseTime = milliseconds(Double(DispatchTime.now().uptimeNanoseconds - parseStart) / 1e9)
        let defaults = DuplicateNarrative.description.options
        var paragraphsOnly = CheckerConfiguration(defaults: defaults)
        paragraphsOnly.values["corpus-passages"] = .bool(false)
        let before = try CorpusSearch(configuration: paragraphsOnly)
        let after = try CorpusSearch(configuration: CheckerConfiguration(defaults: defaults))
        var found: (before: [Finding], after: [Finding]) = ([], [])
        var cpu: (before: [Double], after: [Double]) = ([], [])
        let alone = measure("dups: paragraphs only (a651810)", amount: Double(paragraphs), unit: "para", iterations: runs) {
            cpu.before.append(cpuSeconds { found.before = before.findings(documents) })
        }
        let ours = measure("dups: paragraphs + passages", amount: Double(paragraphs), unit: "para", iterations: runs) {
            cpu.after.append(cpuSeconds { found.after = after.findings(documents) })
        }
        let passages = found.after.count - found.before.count
        let share = String(format: "%.2f", alone.fastest / ours.fastest)
        return Row(ours: ours, peakMemory: PeakMemory.ofSelfSoFar, notes: [
            "findings: \(found.before.count) paragraph findings; with passages \(found.after.count) (\(passages) passage findings)",
            "CPU time (user + system, both cores), least of the runs: with passages \(milliseconds(cpu.after.min()!)), paragraphs only \(milliseconds(cpu.before.min()!))",
            "paragraphs only (corpus-passages: false, a651810's search): fastest \(milliseconds(alone.fastest)), median \(milliseconds(alone.median)), \(share) of ours",
            "untimed: \(texts.count) stored texts parsed (ReportParser.parse, both cores) in \(parseTime)",
        ])
    }

    private static func cpuSeconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return [usage.ru_utime, usage.ru_stime].reduce(0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
        }
        let start = now()
        body()
        return now() - start
    }

    /// datasketch takes a minute and a half at 1,000 reports and grows faster than they do.
    static let peerReports = 1_000

    private static func milliseconds(_ seconds: Double) -> String {
        "\(Int((seconds * 1000).rounded())) ms"
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

    /// One stored text per `reports`-th of `texts`, its paragraphs under one heading.
    private static func storedTexts(_ texts: [[Unicode.Scalar]], reports: Int) -> [String] {
        let perReport = texts.count / reports
        return (0..<reports).map { number in
            let paragraphs = texts[(number * perReport)..<((number + 1) * perReport)].flatMap { [String(String.UnicodeScalarView($0)) + " ", ""] }
            let lines = [" 第三部分：生成单位 2021 年部门决算情况说明 ", "", "四、其他重要事项的情况说明 ", ""] + paragraphs
            return lines.joined(separator: "\n")
        }
    }

    /// The reports parsed on every core, named as `audit dups` names files.
    private static func parsed(_ texts: [String]) -> [CorpusDocument] {
        let reports = UnsafeMutableBufferPointer<Report?>.allocate(capacity: texts.count)
        reports.initialize(repeating: nil)
        defer { reports.deinitialize(); reports.deallocate() }
        DispatchQueue.concurrentPerform(iterations: texts.count) { reports[$0] = ReportParser.parse(texts[$0]) }
        return reports.enumerated().map { CorpusDocument(name: "report-\($0)", report: $1!) }
    }
}
