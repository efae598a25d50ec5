import AuditStore
import Foundation
import ReportDiff
import ReportModel
import StoredReports

/// `audit diff 2020 2021` on the sample pair (the sample and the constructed 2020.txt beside
/// it), against what a reviewer would otherwise run on the same files in the same run:
/// `git diff --no-index --word-diff-regex=…` (timed as a process, as it is used) and Python's
/// difflib, SequenceMatcher over paragraphs then characters (timed inside Python by
/// bench/difflib-baseline.py, so interpreter start-up is not counted against it).
///
/// Ours is timed four ways: on the two parsed models (the diff alone); from the two texts
/// (parse both side by side, then diff); from the workspace, as `audit diff` works in process
/// (resolve both refs, load the models stored at commit, diff, render the text); and as the
/// `audit diff` process itself, against the git process.
struct DiffWorkload: Workload {
    let name = "diff"

    func run(_ context: BenchContext) throws -> [Row] {
        let oldPath = URL(fileURLWithPath: context.samplePath).deletingLastPathComponent().appendingPathComponent("2020.txt").path
        let oldText = try String(contentsOfFile: oldPath, encoding: .utf8)
        let newText = context.sample
        let bytes = oldText.utf8.count + newText.utf8.count
        let oldReport = ReportParser.parse(oldText)
        let newReport = ReportParser.parse(newText)
        var changes: ReportChanges?
        let memory = PeakMemory.ofSelf { changes = ReportChanges(old: oldReport, new: newReport) }
        let models = measure("diff 2020 2021 (models)", bytes: bytes, iterations: context.iterations) {
            changes = ReportChanges(old: oldReport, new: newReport)
        }
        let texts = measure("diff 2020 2021 (texts)", bytes: bytes, iterations: context.iterations) {
            changes = ReportChanges(oldText: oldText, newText: newText)
        }
        let textsMemory = PeakMemory.ofSelfSoFar
        let audit = try committedPair(context, oldPath: oldPath)
        let workspace = try Workspace.open(at: URL(fileURLWithPath: audit.workspace))
        let stored = try measure("diff 2020 2021 (stored)", bytes: bytes, iterations: context.iterations) {
            _ = try Self.storedDiff(workspace)
        }
        let storedMemory = PeakMemory.ofSelfSoFar
        let process = try audit.time(["diff", "2020", "2021"], as: "audit diff (process)", iterations: context.iterations)
        let git = peer("git diff --word-diff") {
            try measure("git diff --word-diff", bytes: bytes, iterations: context.iterations) {
                try Spawn.run(["git", "diff", "--no-index", "--no-color", "--word-diff-regex=[0-9.,]+|[^[:space:]]", oldPath, context.samplePath],
                              acceptedStatuses: [1])
            }
        }
        let difflib = peer("python difflib") { try difflibRuns(oldPath, context.samplePath, bytes: bytes, iterations: context.iterations) }
        let summary = "(\(changes?.summary.line ?? ""); \(context.iterations) runs)"
        return [
            Row(ours: models, peer: git, peakMemory: memory, notes: [summary]),
            Row(ours: models, peer: difflib, peakMemory: memory),
            Row(ours: texts, peer: git, peakMemory: textsMemory),
            Row(ours: texts, peer: difflib, peakMemory: textsMemory, notes: ["(texts: both reports parsed side by side, then diffed)"]),
            Row(ours: stored, peer: git, peakMemory: storedMemory),
            Row(ours: stored, peer: difflib, peakMemory: storedMemory,
                notes: ["(stored: what audit diff does in process: resolve 2020 and 2021, load the models stored at commit, diff, render the text)"]),
            Row(ours: process.measurement, peer: git, peakMemory: process.peakMemory,
                notes: ["(process: the audit diff command, start-up included, against the git process; warm: the pair's diff was cached at commit, startup's cold row is without it; peak RSS of the audit process)"]),
        ]
    }

    /// A workspace holding the pair, committed by the `audit` binary as a reviewer would.
    private func committedPair(_ context: BenchContext, oldPath: String) throws -> AuditCommand {
        let audit = AuditCommand(binary: context.auditBinary, workspace: try context.directory("diff-workspace").path)
        try audit.run(["init"])
        try audit.run(["commit", "2020", oldPath])
        try audit.run(["commit", "2021", context.samplePath])
        return audit
    }

    /// DiffCommand.run without the process: the same library calls, in the same order.
    private static func storedDiff(_ workspace: Workspace) throws -> String {
        let before = try workspace.resolve("2020")
        let after = try workspace.resolve("2021")
        let reports = try workspace.reports(of: [before, after], reading: .standard)
        let changes = ReportChanges(old: reports[0], new: reports[1])
        let document = DiffDocument(old: before.ref, new: after.ref, changes: changes)
        return TextRenderer(colour: false).render(document)
    }

    /// A baseline that cannot run here (no git, no python3) is reported, not failed on.
    private func peer(_ name: String, _ body: () throws -> Measurement) -> Peer {
        do {
            return .measured(try body())
        } catch {
            return .unavailable(name: name, reason: "\(error)")
        }
    }

    /// The script prints each run's time in milliseconds.
    private func difflibRuns(_ oldPath: String, _ newPath: String, bytes: Int, iterations: Int) throws -> Measurement {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("difflib-baseline.py").path
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, oldPath, newPath, String(iterations)]
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let times = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard process.terminationStatus == 0, times.count == iterations else { throw SpawnFailed(program: "difflib-baseline.py", status: process.terminationStatus) }
        return Measurement(name: "python difflib", runs: times.map { $0 / 1000 }, bytes: bytes)
    }
}
