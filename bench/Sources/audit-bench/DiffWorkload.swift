import Foundation
import ReportDiff
import ReportModel

/// `audit diff 2020 2021` on the sample pair (the sample and the constructed 2020.txt beside
/// it), against what a reviewer would otherwise run on the same files in the same run:
/// `git diff --no-index --word-diff-regex=…` (timed as a process, as it is used) and Python's
/// difflib, SequenceMatcher over paragraphs then characters (timed inside Python by
/// bench/difflib-baseline.py, so interpreter start-up is not counted against it).
///
/// Ours is timed twice: on the two parsed models (the diff alone), and from the two texts
/// (parse both side by side, then diff, as `audit diff` does), which is the work the baselines do.
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
            Row(ours: texts, peer: difflib, peakMemory: textsMemory, notes: ["(texts: both reports parsed side by side, then diffed, as audit diff does)"]),
        ]
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
