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
        // Ours and the earlier build alternate, twice in a full run, and each keeps its faster
        // round: load on the machine cannot favour either.
        var timed = try measure("parse + all checks", bytes: context.sampleBytes, iterations: iterations, body)
        var before = Peer.none
        for round in 0..<(context.smoke ? 0 : 2) {
            before = BaseRevision.faster(before, BaseRevision.peer(workload: name, row: timed.name, sample: context.samplePath))
            guard round == 0 else { break }
            let again = try measure(timed.name, bytes: context.sampleBytes, iterations: iterations, body)
            if again.fastest < timed.fastest { timed = again }
        }
        let rounds = context.smoke ? "" : ", best of two rounds alternating with the earlier build"
        let note = "(\(RegisteredCheckers.all.count) checkers, \(findings) findings; \(iterations) runs\(rounds); peak RSS of bench process or a checker child)"
        return [Row(ours: timed, peer: before, peakMemory: memory, notes: [note])]
    }
}
