import DuplicateNarrative
import Foundation
import ReportModel

/// The duplicates workload: MinHash sketching and LSH candidate search of `audit dups`
/// against datasketch (MinHash.bulk + MinHashLSH) on the same paragraphs, with the same
/// 5-character shingles, 128 permutations and threshold, in the same run. The corpus is the
/// sample's paragraphs and copies of them with 0–40 % of their characters replaced, so that
/// similarities spread across the threshold. Recall is the share of the pairs whose exact
/// Jaccard similarity reaches the threshold that the candidate search returns.
struct DuplicatesWorkload: Workload {
    let name = "duplicates"
    static let threshold = 0.5
    static let permutations = 128
    static let shingleSize = 5
    static let minimumLength = 20

    func run(_ context: BenchContext) throws -> [Row] {
        let texts = Self.corpus(ReportParser.parse(context.sample), copies: context.size(smoke: 2, full: 40))
        let runs = context.smoke ? 1 : 5
        let hasher = MinHasher(permutations: Self.permutations)
        let parameters = BandingParameters(threshold: Self.threshold, permutations: Self.permutations)
        var candidates: [CandidatePair] = []
        let ours = measure("duplicates: MinHash+LSH", amount: Double(texts.count), unit: "para", iterations: runs) {
            candidates = Sketches(texts, shingleSize: Self.shingleSize, hasher: hasher).candidates(parameters)
        }
        let memory = PeakMemory.ofSelfSoFar
        let truth = ExactJaccard.pairs(texts.map { Shingles($0, size: Self.shingleSize) }, atLeast: Self.threshold)
        var row = Row(ours: ours, peakMemory: memory)
        row.notes = [
            "\(texts.count) paragraphs, \(Self.shingleSize)-shingles, \(Self.permutations) permutations, threshold \(Self.threshold), "
                + "ours b×r = \(parameters.bands)×\(parameters.rows); \(truth.count) pairs with exact Jaccard ≥ \(Self.threshold); \(runs) runs",
            "recall ours \(Self.recall(Set(candidates), truth)) (\(candidates.count) candidates)",
        ]
        do {
            let peer = try Datasketch.run(texts, context: context, runs: runs)
            row.peer = .measured(peer.measurement)
            row.notes.append("recall datasketch \(Self.recall(peer.pairs, truth)) (\(peer.pairs.count) candidates, b×r = \(peer.bands)×\(peer.rows))")
        } catch {
            row.peer = .unavailable(name: "datasketch", reason: "peer not installed")
        }
        return [row]
    }

    private static func recall(_ found: Set<CandidatePair>, _ truth: Set<CandidatePair>) -> String {
        truth.isEmpty ? "n/a" : String(format: "%.4f", Double(truth.intersection(found).count) / Double(truth.count))
    }

    /// The sample's paragraphs long enough to compare, then `copies − 1` altered copies of each.
    static func corpus(_ report: Report, copies: Int) -> [[Unicode.Scalar]] {
        let originals: [[Unicode.Scalar]] = report.paragraphs
            .map { $0.text.unicodeScalars.filter { !$0.properties.isWhitespace } }
            .filter { $0.count >= minimumLength }
        var random = SeededGenerator(seed: 7)
        return (0..<copies).flatMap { copy in
            originals.map { text in copy == 0 ? text : SyntheticCorpus.altered(text, rate: Double(copy % 9) * 0.05, using: &random) }
        }
    }
}
