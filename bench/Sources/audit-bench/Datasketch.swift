import DuplicateNarrative
import Foundation

/// Runs bench/datasketch-baseline.py on paragraphs' shingles, written as the k-gram strings so
/// that datasketch hashes them its own way. Its timings are taken inside Python, so
/// interpreter start-up and reading the file are not counted against it.
enum Datasketch {
    struct Outcome {
        let measurement: Measurement
        let pairs: Set<CandidatePair>
        let bands: Int
        let rows: Int
    }

    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    static func run(_ texts: [[Unicode.Scalar]], context: BenchContext, runs: Int) throws -> Outcome {
        let file = context.scratch.appendingPathComponent("shingles.tsv")
        let lines = texts.map { Shingles.grams($0, size: DuplicatesWorkload.shingleSize).joined(separator: "\t") }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let output = try PythonScript.run("datasketch-baseline.py", [file.path, String(DuplicatesWorkload.threshold), String(DuplicatesWorkload.permutations), String(runs)])
        guard let document = try JSONSerialization.jsonObject(with: output) as? [String: Any],
              let seconds = document["seconds"] as? [Double], let bands = document["bands"] as? Int,
              let rows = document["rows"] as? Int, let pairs = document["pairs"] as? [[Int]] else {
            throw Failed(description: "unexpected output from datasketch-baseline.py")
        }
        let measurement = Measurement(name: "datasketch MinHash+LSH", runs: seconds, amount: Double(texts.count), unit: "para")
        return Outcome(measurement: measurement, pairs: Set(pairs.map { CandidatePair($0[0], $0[1]) }), bands: bands, rows: rows)
    }
}
