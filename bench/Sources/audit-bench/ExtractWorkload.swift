import Foundation
import PDFText

/// A PDF's text layer read in process (`PDFExtraction.extract`: poppler's characters grouped
/// into words, rows and layout text, as `audit commit` does), for each Putuo PDF in reports/,
/// against `pdftotext -layout` on the same file in the same run (timed as a process, as it is
/// used; it writes to /dev/null).
struct ExtractWorkload: Workload {
    let name = "extract"

    func run(_ context: BenchContext) throws -> [Row] {
        let folder = URL(fileURLWithPath: context.samplePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shanghai-putuo")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.sorted()
        let iterations = context.smoke ? 1 : 20
        return try files.map { file in
            let path = folder.appendingPathComponent(file).path
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            var extracted: ExtractedPDF?
            let memory = try PeakMemory.ofSelf { extracted = try PDFExtraction.extract(bytes) }
            let pages = Double(extracted?.pageCount ?? 0)
            let label = "extract " + file.replacingOccurrences(of: "-2024.pdf", with: "")
            let ours = try measure(label, amount: pages, unit: "pages", iterations: iterations) {
                extracted = try PDFExtraction.extract(bytes)
            }
            let peer: Peer
            // pdftotext has no --version (Spawn.isInstalled's probe); -v prints it and exits 0.
            if (try? Spawn.run(["pdftotext", "-v"])) != nil {
                peer = .measured(try measure("pdftotext -layout", amount: pages, unit: "pages", iterations: iterations) {
                    try Spawn.run(["pdftotext", "-layout", path, "/dev/null"])
                })
            } else {
                peer = .unavailable(name: "pdftotext -layout", reason: "peer not installed")
            }
            let perPage = String(format: "%.2f ms/page", ours.fastest * 1000 / max(pages, 1))
            let note = "(\(Int(pages)) pages, \(extracted?.layout.words.count ?? 0) words, \(perPage); \(iterations) runs)"
            return Row(ours: ours, peer: peer, peakMemory: memory, notes: [note])
        }
    }
}
