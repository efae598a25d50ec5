import Foundation

/// The marked-up PDF of the Putuo finance bureau's 25-page report (issue 22): the `audit
/// report czj-2024 -o FILE.pdf` process (release binary: load the findings recorded at
/// commit, draw the cover and every page with its boxes and legend, write the file), against
/// `pdftocairo -pdf` on the same PDF, the same poppler-to-cairo drawing without the markup.
/// Runs alternate between the two; the note gives both files' size against the original's.
struct MarkupWorkload: Workload {
    let name = "markup"

    func run(_ context: BenchContext) throws -> [Row] {
        let original = URL(fileURLWithPath: context.samplePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shanghai-putuo/caizhengju-2024.pdf").path
        let directory = try context.directory("markup-workspace")
        let audit = AuditCommand(binary: context.auditBinary, workspace: directory.appendingPathComponent("workspace").path)
        try audit.run(["init"])
        try audit.run(["commit", "czj-2024", original])
        let marked = directory.appendingPathComponent("czj-marked.pdf").path
        let copied = directory.appendingPathComponent("czj-pdftocairo.pdf").path
        let peerInstalled = (try? Spawn.run(["pdftocairo", "-v"])) != nil
        let iterations = context.size(smoke: 1, full: 10)
        var ours: [Spawn.Run] = []
        var peer: [Double] = []
        for _ in 0...iterations {
            ours.append(try audit.run(["report", "czj-2024", "-o", marked]))
            if peerInstalled { peer.append(try Spawn.run(["pdftocairo", "-pdf", original, copied]).seconds) }
        }
        let size = { (path: String) in ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0 }
        let ratio = { (path: String) in String(format: "%.2f×", Double(size(path)) / Double(max(1, size(original)))) }
        let note = "(25 pages + cover, 19 findings; file \(size(marked) / 1000) kB, \(ratio(marked)) the original's \(size(original) / 1000) kB"
            + (peerInstalled ? "; pdftocairo's \(ratio(copied))" : "") + "; processes, alternating, \(iterations) runs each after a warm-up)"
        return [Row(
            ours: Measurement(name: "audit report -o FILE.pdf", runs: ours.dropFirst().map(\.seconds), amount: 26, unit: "pages"),
            peer: peerInstalled
                ? .measured(Measurement(name: "pdftocairo -pdf", runs: Array(peer.dropFirst()), amount: 25, unit: "pages"))
                : .unavailable(name: "pdftocairo -pdf", reason: "peer not installed"),
            peakMemory: ours.map(\.peakMemory).max(),
            notes: [note]
        )]
    }
}
