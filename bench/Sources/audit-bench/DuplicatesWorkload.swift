import DuplicateNarrative
import Foundation
import ReportModel

/// The duplicates workload: MinHash sketching and LSH candidate search of `audit dups`
/// against datasketch (MinHash.bulk + MinHashLSH) on the same paragraphs, with the same
/// 5-character shingles, 128 permutations and threshold, in the same run.
///
/// The corpus is 1,000 generated reports, each a mutation of the sample in which every
/// paragraph is rewritten (half its characters replaced), so that reports share little by
/// chance, and into which paragraphs of other reports are planted with 0–5 % of their
/// characters changed: the shared passages `audit dups` is for. All pairs of 200,000
/// paragraphs cannot be compared exactly, so recall is pooled: the true pairs are the planted
/// ones and every candidate either method returned, each kept when its exact Jaccard
/// similarity reaches the threshold.
struct DuplicatesWorkload: Workload {
    let name = "duplicates"
    static let threshold = 0.5
    static let permutations = 128
    static let shingleSize = 5
    static let minimumLength = 20

    func run(_ context: BenchContext) throws -> [Row] {
        let corpus = Self.corpus(ReportParser.parse(context.sample), reports: context.size(smoke: 4, full: 1_000),
                                 planted: context.size(smoke: 3, full: 500))
        let texts = corpus.texts
        let runs = context.smoke ? 1 : 3
        let hasher = MinHasher(permutations: Self.permutations)
        let parameters = BandingParameters(threshold: Self.threshold, permutations: Self.permutations)
        var candidates: [CandidatePair] = []
        let ours = measure("duplicates: MinHash+LSH", amount: Double(texts.count), unit: "para", iterations: runs) {
            candidates = Sketches.candidates(texts, shingleSize: Self.shingleSize, hasher: hasher, parameters: parameters)
        }
        let memory = PeakMemory.ofSelfSoFar
        var row = Row(ours: ours, peakMemory: memory)
        var pool = Set(candidates).union(corpus.planted)
        let peer = try? Datasketch.run(texts, context: context, runs: 1)
        if let peer { pool.formUnion(peer.pairs) }
        let truth = Self.verified(pool, texts)
        row.notes = [
            "\(corpus.reports) generated reports, \(texts.count) paragraphs, \(corpus.planted.count) planted; \(Self.shingleSize)-shingles, "
                + "\(Self.permutations) permutations, threshold \(Self.threshold), ours b×r = \(parameters.bands)×\(parameters.rows); "
                + "\(truth.count) pairs with exact Jaccard ≥ \(Self.threshold) (pooled); \(runs) runs",
            "recall ours \(Self.recall(Set(candidates), truth)) (\(candidates.count) candidates)",
        ]
        if let peer {
            row.peer = .measured(peer.measurement)
            row.notes.append("recall datasketch \(Self.recall(peer.pairs, truth)) (\(peer.pairs.count) candidates, b×r = \(peer.bands)×\(peer.rows); 1 run)")
        } else {
            row.peer = .unavailable(name: "datasketch", reason: "peer not installed")
        }
        return [row]
    }

    private static func recall(_ found: Set<CandidatePair>, _ truth: Set<CandidatePair>) -> String {
        truth.isEmpty ? "n/a" : String(format: "%.4f", Double(truth.intersection(found).count) / Double(truth.count))
    }

    /// The pairs of `pool` whose exact Jaccard similarity reaches the threshold.
    private static func verified(_ pool: Set<CandidatePair>, _ texts: [[Unicode.Scalar]]) -> Set<CandidatePair> {
        pool.filter { pair in
            Shingles(texts[pair.first], size: shingleSize).similarity(Shingles(texts[pair.second], size: shingleSize)).jaccard >= threshold
        }
    }

    /// Share of characters changed in a planted copy: each change breaks up to five 5-grams, so
    /// 5 % already brings the Jaccard similarity down to about 0.6.
    static let plantedEditRates = [0, 0.01, 0.02, 0.03, 0.05]

    struct Corpus {
        let reports: Int
        let texts: [[Unicode.Scalar]]
        let planted: Set<CandidatePair>
    }

    /// `reports` rewritten copies of the sample's paragraphs (those long enough to compare),
    /// then `planted` paragraphs copied, lightly edited, over a paragraph of another report.
    static func corpus(_ report: Report, reports: Int, planted: Int) -> Corpus {
        let originals: [[Unicode.Scalar]] = report.paragraphs
            .map { $0.text.unicodeScalars.filter { !$0.properties.isWhitespace } }
            .filter { $0.count >= minimumLength }
        var random = SeededGenerator(seed: 7)
        var texts = (0..<reports).flatMap { _ in originals.map { SyntheticCorpus.altered($0, rate: 0.5, using: &random) } }
        var pairs: Set<CandidatePair> = []
        for _ in 0..<planted {
            let source = Int(random.next() % UInt64(texts.count))
            let report = Int(random.next() % UInt64(reports))
            let target = report * originals.count + Int(random.next() % UInt64(originals.count))
            guard target / originals.count != source / originals.count else { continue }
            let rate = plantedEditRates[Int(random.next() % UInt64(plantedEditRates.count))]
            texts[target] = SyntheticCorpus.altered(texts[source], rate: rate, using: &random)
            pairs.insert(CandidatePair(source, target))
        }
        return Corpus(reports: reports, texts: texts, planted: pairs)
    }
}
