import Foundation

/// bench/ingest-baseline.py: pdfplumber and PyMuPDF on the table pages of the same PDFs, one
/// JSON object per peer.
enum IngestPeers {
    static let names = ["pdfplumber", "PyMuPDF"]

    struct Outcome {
        let name: String
        /// The fastest and the median run over all table pages.
        let measurement: Measurement
        let accuracy: String
    }

    static func run(pdfs: [String], runs: Int) throws -> [Outcome] {
        let output = try PythonScript.run("ingest-baseline.py", ["--runs", String(runs)] + pdfs)
        return String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let name = object["peer"] as? String, let pages = object["table_pages"] as? Int,
                  let seconds = object["seconds_per_page"] as? [String: Double],
                  let fastest = seconds["fastest"], let median = seconds["median"],
                  let correct = object["cells_correct"] as? Int, let total = object["cells_total"] as? Int else { return nil }
            let measurement = Measurement(name: name, runs: [fastest, median].map { $0 * Double(pages) }, amount: Double(pages), unit: "pages")
            let accuracy = String(format: "%d/%d = %.2f %%", correct, total, Double(correct) / Double(max(total, 1)) * 100)
            return Outcome(name: name, measurement: measurement, accuracy: accuracy)
        }
    }
}
