import Foundation

/// A season: N departments' reports (the sample with varied figures, one department each),
/// stored by one `audit commit --batch` (untimed), then `audit summary --fresh`, which checks
/// every revision again, several at once. Timed at N and at a quarter of N: equal reports per
/// second means it scales linearly. The peer is the same N revisions checked one `audit check`
/// after another, which is what a reviewer would script; the ratio is what checking in
/// parallel gains on this machine.
struct SeasonWorkload: Workload {
    let name = "season"

    func run(_ context: BenchContext) throws -> [Row] {
        let probe = AuditCommand(binary: context.auditBinary, workspace: "")
        guard probe.exists("summary") else { return [Row(name: "audit summary --fresh", missing: "n/a (not built yet)")] }
        let count = context.size(smoke: 4, full: 40)
        let files = try context.corpus.writeRevisions(count, to: context.directory("season-reports"))
        let audit = try season(count, from: files, context: context)
        let iterations = context.size(smoke: 1, full: 3)
        let all = try audit.time(["summary", "--fresh"], as: "audit summary --fresh", iterations: iterations)
        let quarter = try season(count / 4, from: files, context: context)
            .time(["summary", "--fresh"], as: "", iterations: iterations)
        let sequential = try (1...count).map { try audit.run(["check", "d\($0)/2021", "--fail-on", "never"]).seconds }.reduce(0, +)
        let reports = Double(count)
        let perSecond = { (seconds: Double, n: Int) in String(format: "%.2f", Double(n) / seconds) }
        return [Row(
            ours: Measurement(name: "audit summary --fresh", runs: all.measurement.runs, amount: reports, unit: "reports"),
            peer: .measured(Measurement(name: "\(count) × audit check", runs: [sequential], amount: reports, unit: "reports")),
            peakMemory: all.peakMemory,
            notes: [
                "(\(count) reports of \(context.sampleBytes / 1000) kB, one department each, stored by one commit --batch; \(iterations) runs; "
                    + "\(perSecond(all.measurement.fastest, count)) reports/s at \(count), \(perSecond(quarter.measurement.fastest, count / 4)) at \(count / 4); "
                    + "\(ProcessInfo.processInfo.activeProcessorCount) cores; peer: the same checks one process after another; peak RSS of the audit process)",
            ]
        )]
    }

    /// A workspace holding the first `count` of the reports, department `d<n>` each, stored by one batch.
    private func season(_ count: Int, from files: [URL], context: BenchContext) throws -> AuditCommand {
        let folder = try context.directory("season-reports-\(count)")
        for file in files.prefix(count) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(file.lastPathComponent))
            try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent(file.lastPathComponent))
        }
        let audit = AuditCommand(binary: context.auditBinary, workspace: try context.directory("season-workspace-\(count)").path)
        try audit.run(["init"])
        let map = files.prefix(count).enumerated().map { "\($1.lastPathComponent),d\($0 + 1),2021" }.joined(separator: "\n")
        let mapFile = folder.deletingLastPathComponent().appendingPathComponent("labels-\(count).csv")
        try Data((map + "\n").utf8).write(to: mapFile)
        try audit.run(["commit", "--batch", folder.path, "--map", mapFile.path])
        return audit
    }
}
