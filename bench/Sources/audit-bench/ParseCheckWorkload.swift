import AuditEngine
import CheckerKit
import CheckerRegistry
import ReportModel

/// Parses the sample and runs every registered checker on it, as `audit check` does (each
/// checker in its own child process), in this process. No other tool checks this format, so
/// the peer is this workload at an earlier commit (`BaseCommitPeer`, in the same run): issue
/// 23's bound is that the narrative rules leave it at most 10 % slower than at 9505bf3. Checkers
/// registered since that commit (report-structure) are other work, so a second row runs only
/// the checkers the base commit has, against the same base measurement.
struct ParseCheckWorkload: Workload {
    let name = "parse+check"
    private static let row = "parse + all checks"
    private static let slowestAllowed = 1.10
    private static let rounds = 3
    /// The checkers registered at 9505bf3 (its Plugins/Registry).
    private static let baseCheckers = ["total-reconciliation", "duplicate-narrative", "inconsistent-figures", "prior-year-claims"]

    func run(_ context: BenchContext) throws -> [Row] {
        let engine = Engine(checkers: RegisteredCheckers.all)
        var findings = 0
        let all = { findings = try engine.run(CheckContext(report: ReportParser.parse(context.sample))).findings.count }
        var baseFindings = 0
        let sameCheckers = { baseFindings = try engine.run(CheckContext(report: ReportParser.parse(context.sample)), only: Self.baseCheckers).findings.count }
        let memory = try PeakMemory.ofSelfAndChildren(all)
        let iterations = context.size(smoke: 1, full: 30)
        // Ours and the old bench take turns, so that load from elsewhere on the machine falls on both.
        var ours: [Double] = [], oursSame: [Double] = []
        var rounds: [Result<(fastest: Double, median: Double), BaseCommitPeer.Unavailable>] = []
        let roundCount = context.size(smoke: 1, full: Self.rounds)
        for _ in 0..<roundCount {
            ours += try measure(Self.row, bytes: context.sampleBytes, iterations: iterations, all).runs
            oursSame += try measure(Self.row, bytes: context.sampleBytes, iterations: iterations, sameCheckers).runs
            if !context.smoke { rounds.append(BaseCommitPeer.measure(workload: name, row: Self.row, samplePath: context.samplePath)) }
        }
        let timed = Measurement(name: Self.row, runs: ours, bytes: context.sampleBytes)
        let timedSame = Measurement(name: "parse + checks of \(BaseCommitPeer.commit)", runs: oursSame, bytes: context.sampleBytes)
        let base = BaseCommitPeer.peer(rounds, row: Self.row, bytes: context.sampleBytes)
        return [
            Row(ours: timed, peer: base, peakMemory: memory, notes: [
                "(\(RegisteredCheckers.all.count) checkers, \(findings) findings; \(ours.count) runs in \(roundCount) rounds taking turns with \(BaseCommitPeer.commit)'s bench; peak RSS of bench process or a checker child)",
            ] + verdict(timed, base)),
            Row(ours: timedSame, peer: base, notes: [
                "(the \(Self.baseCheckers.count) checkers \(BaseCommitPeer.commit) registers: \(Self.baseCheckers.joined(separator: ", ")); \(baseFindings) findings)",
            ] + verdict(timedSame, base)),
        ]
    }

    private func verdict(_ ours: Measurement, _ base: Peer) -> [String] {
        guard case .measured(let peer) = base, peer.fastest > 0 else { return [] }
        let slower = ours.fastest / peer.fastest
        return [String(format: "ours / %@ = %.3f (fastest of the runs): %@ issue 23's bound of %.2f", BaseCommitPeer.commit, slower,
                       slower <= Self.slowestAllowed ? "within" : "beyond", Self.slowestAllowed)]
    }
}
