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
        let output = try python([script, file.path, String(DuplicatesWorkload.threshold), String(DuplicatesWorkload.permutations), String(runs)])
        guard let document = try JSONSerialization.jsonObject(with: output) as? [String: Any],
              let seconds = document["seconds"] as? [Double], let bands = document["bands"] as? Int,
              let rows = document["rows"] as? Int, let pairs = document["pairs"] as? [[Int]] else {
            throw Failed(description: "unexpected output from \(script)")
        }
        let measurement = Measurement(name: "datasketch MinHash+LSH", runs: seconds, amount: Double(texts.count), unit: "para")
        return Outcome(measurement: measurement, pairs: Set(pairs.map { CandidatePair($0[0], $0[1]) }), bands: bands, rows: rows)
    }

    private static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("datasketch-baseline.py").path
    }

    private static func python(_ arguments: [String]) throws -> Data {
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(description: "python3 datasketch-baseline.py failed (datasketch installed?)") }
        return data
    }
}
