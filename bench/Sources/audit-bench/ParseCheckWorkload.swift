import AuditEngine
import CheckerKit
import CheckerRegistry
import ReportModel
import RulePacks

/// Parses the sample, detects its rule pack and runs every registered checker on it, as `audit
/// check` does (each checker in its own child process), in this process. No other tool checks
/// this format; the peer is this row as the commit before rule packs measured it (issue 16: not
/// more than 10 % slower), built by bench/run.
struct ParseCheckWorkload: Workload {
    let name = "parse+check"

    func run(_ context: BenchContext) throws -> [Row] {
        let engine = Engine(checkers: RegisteredCheckers.all)
        let packs = try PackLibrary.builtIn()
        var findings = 0
        let body = {
            let report = ReportParser.parse(context.sample)
            findings = try engine.run(CheckContext(report: report, pack: packs.detect(report))).findings.count
        }
        let memory = try PeakMemory.ofSelfAndChildren(body)
        let iterations = context.size(smoke: 1, full: 30)
        let timed = try measure("parse + all checks", bytes: context.sampleBytes, iterations: iterations, body)
        let note = "(\(RegisteredCheckers.all.count) checkers, \(findings) findings; \(iterations) runs; peak RSS of bench process or a checker child)"
        let before = context.smoke ? Peer.none : BaseRevision.peer(workload: name, row: timed.name, sample: context.samplePath)
        return [Row(ours: timed, peer: before, peakMemory: memory, notes: [note])]
    }
}
