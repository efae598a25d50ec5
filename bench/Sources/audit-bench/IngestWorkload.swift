import Foundation
import PDFText
import ReportModel
import TestSupport

/// PDF → tables: each Putuo PDF read in process and parsed (`PDFExtraction.extract` +
/// `ReportParser.parse`, what `audit commit` does), against pdfplumber `extract_tables` and
/// PyMuPDF `find_tables` on the same PDFs in the same run (bench/ingest-baseline.py, timed
/// inside Python), each with its cell accuracy against the fixtures transcribed by eye
/// (Tests/Fixtures/shanghai-putuo). The peers are run on the table pages only; ours reads and
/// parses every page of each PDF, and its time is still divided by the table pages alone, so
/// the per-page figures compare our whole ingest with the peers' table pages.
struct IngestWorkload: Workload {
    let name = "ingest"

    func run(_ context: BenchContext) throws -> [Row] {
        let stems = ShanghaiReports.stems
        let documents = try stems.map { try Data(contentsOf: ShanghaiReports.pdf($0)) }
        let fixtures = try stems.map { try FixtureCell.read(ShanghaiReports.fixture($0)) }
        // The pages the fixtures have rows on: the pages the peers are run on.
        let tablePages = Double(fixtures.map { Set($0.map(\.page)).count }.reduce(0, +))
        let iterations = context.smoke ? 1 : 10
        var reports: [Report] = []
        let memory = try PeakMemory.ofSelf { reports = try documents.map(Self.ingest) }
        let ours = try measure("ingest PDF → tables", amount: tablePages, unit: "pages", iterations: iterations) {
            reports = try documents.map(Self.ingest)
        }
        let comparisons = zip(reports, fixtures).map { CellComparison(report: $0, fixture: $1) }
        let matched = comparisons.map(\.matched).reduce(0, +)
        let total = comparisons.map(\.total).reduce(0, +)
        let accuracy = String(format: "ours %d/%d cells = %.2f %%", matched, total, Double(matched) / Double(max(total, 1)) * 100)
        // PyMuPDF takes about a second a page here: the smoke run (the test suite's) leaves the peers out.
        let peers = context.smoke ? [] : (try? IngestPeers.run(pdfs: stems.map { ShanghaiReports.pdf($0).path }, runs: 3)) ?? []
        return IngestPeers.names.map { name in
            guard let peer = peers.first(where: { $0.name.hasPrefix(name) }) else {
                let reason = context.smoke ? "not run in smoke mode" : "peer not installed"
                return Row(ours: ours, peer: .unavailable(name: name, reason: reason), peakMemory: memory, notes: [accuracy])
            }
            let perPage = String(format: "%.2f ms/page ours, %.2f ms/page %@", ours.fastest * 1000 / tablePages, peer.measurement.fastest * 1000 / tablePages, name)
            return Row(ours: ours, peer: .measured(peer.measurement), peakMemory: memory,
                       notes: ["(\(Int(tablePages)) table pages; \(perPage); \(accuracy), \(name) \(peer.accuracy))"])
        }
    }

    private static func ingest(_ bytes: Data) throws -> Report {
        ReportParser.parse(try PDFExtraction.extract(bytes).layout.text)
    }
}
