import AuditEngine
import CheckerKit
import CheckerRegistry
import ReportModel

/// Parses the sample and runs every registered checker on it, as `audit check` does (each
/// checker in its own child process), in this process. No other tool checks this format, so
/// the peer is this workload at an earlier commit (`BaseCommitPeer`, in the same run): issue
/// 23's bound is that the narrative rules leave it at most 10 % slower than at 9505bf3.
struct ParseCheckWorkload: Workload {
    let name = "parse+check"
    private static let row = "parse + all checks"
    private static let slowestAllowed = 1.10

    func run(_ context: BenchContext) throws -> [Row] {
        let engine = Engine(checkers: RegisteredCheckers.all)
        var findings = 0
        let body = { findings = try engine.run(CheckContext(report: ReportParser.parse(context.sample))).findings.count }
        let memory = try PeakMemory.ofSelfAndChildren(body)
        let iterations = context.size(smoke: 1, full: 30)
        let timed = try measure(Self.row, bytes: context.sampleBytes, iterations: iterations, body)
        let base: Peer = context.smoke ? .none : BaseCommitPeer.measure(workload: name, row: Self.row, samplePath: context.samplePath, bytes: context.sampleBytes)
        var notes = ["(\(RegisteredCheckers.all.count) checkers, \(findings) findings; \(iterations) runs; peak RSS of bench process or a checker child)"]
        if case .measured(let peer) = base {
            let slower = timed.fastest / peer.fastest
            let verdict = slower <= Self.slowestAllowed ? "within" : "beyond"
            notes.append(String(format: "ours / %@ = %.3f (fastest of the runs): %@ issue 23's bound of %.2f", BaseCommitPeer.commit, slower, verdict, Self.slowestAllowed))
        }
        return [Row(ours: timed, peer: base, peakMemory: memory, notes: notes)]
    }
}
