import AuditEngine
import CheckerKit
import CheckerRegistry
import ReportModel
import RulePacks

/// Parses the sample, detects its rule pack (from the text, parsing it again with the pack's
/// vocabulary where the pack adds words) and runs every registered checker on it, as `audit
/// check` does (each checker in its own child process), in this process. No other tool checks
/// this format, so the peers are this workload at earlier commits (`BaseCommitPeer`, in the same
/// run): at most 10 % slower than 9505bf3 (issue 23's narrative rules) and than a651810 (issue
/// 16's move of identities into rule packs). Checkers registered since 9505bf3 (report-structure)
/// are other work, so a second row runs only the checkers 9505bf3 has, against its measurement.
struct ParseCheckWorkload: Workload {
    let name = "parse+check"
    private static let row = "parse + all checks"
    private static let slowestAllowed = 1.10
    private static let rounds = 3
    /// The commit before issue 23, and the checkers registered there (its Plugins/Registry).
    private static let narrativeBase = "9505bf3"
    private static let baseCheckers = ["total-reconciliation", "duplicate-narrative", "inconsistent-figures", "prior-year-claims"]

    func run(_ context: BenchContext) throws -> [Row] {
        let engine = Engine(checkers: RegisteredCheckers.all)
        let packs = try PackChoice(library: PackLibrary.builtIn(), forced: nil)
        var findings = 0, baseFindings = 0
        let check = { (only: [String]?) throws -> Int in
            let chosen = packs.parse(context.sample, standard: ReportParser.parse(context.sample))
            return try engine.run(CheckContext(report: chosen.report, pack: chosen.pack), only: only).findings.count
        }
        let all = { findings = try check(nil) }
        let sameCheckers = { baseFindings = try check(Self.baseCheckers) }
        let memory = try PeakMemory.ofSelfAndChildren(all)
        let iterations = context.size(smoke: 1, full: 30)
        let bases = context.smoke ? [] : BaseCommitPeer.all
        // Ours and the old benches take turns, so that load from elsewhere on the machine falls on all.
        var ours: [Double] = [], oursSame: [Double] = []
        var rounds = [[Result<(fastest: Double, median: Double), BaseCommitPeer.Unavailable>]](repeating: [], count: bases.count)
        let roundCount = context.size(smoke: 1, full: Self.rounds)
        for _ in 0..<roundCount {
            ours += try measure(Self.row, bytes: context.sampleBytes, iterations: iterations, all).runs
            oursSame += try measure(Self.row, bytes: context.sampleBytes, iterations: iterations, sameCheckers).runs
            for (index, base) in bases.enumerated() {
                rounds[index].append(base.measure(workload: name, row: Self.row, samplePath: context.samplePath))
            }
        }
        let timed = Measurement(name: Self.row, runs: ours, bytes: context.sampleBytes)
        let timedSame = Measurement(name: "parse + checks of \(Self.narrativeBase)", runs: oursSame, bytes: context.sampleBytes)
        let note = "(\(RegisteredCheckers.all.count) checkers, \(findings) findings; \(ours.count) runs in \(roundCount) rounds taking turns with the earlier commits' benches; peak RSS of bench process or a checker child)"
        var rows: [Row] = []
        for (index, base) in bases.enumerated() {
            let peer = base.peer(rounds[index], row: Self.row, bytes: context.sampleBytes)
            rows.append(Row(ours: timed, peer: peer, peakMemory: rows.isEmpty ? memory : nil, notes: (rows.isEmpty ? [note] : []) + verdict(timed, peer, base.commit)))
            if base.commit == Self.narrativeBase {
                rows.append(Row(ours: timedSame, peer: peer, notes: [
                    "(the \(Self.baseCheckers.count) checkers \(base.commit) registers: \(Self.baseCheckers.joined(separator: ", ")); \(baseFindings) findings)",
                ] + verdict(timedSame, peer, base.commit)))
            }
        }
        return rows.isEmpty ? [Row(ours: timed, peer: .none, peakMemory: memory, notes: [note])] : rows
    }

    private func verdict(_ ours: Measurement, _ base: Peer, _ commit: String) -> [String] {
        guard case .measured(let peer) = base, peer.fastest > 0 else { return [] }
        let slower = ours.fastest / peer.fastest
        return [String(format: "ours / %@ = %.3f (fastest of the runs): %@ the bound of %.2f", commit, slower,
                       slower <= Self.slowestAllowed ? "within" : "beyond", Self.slowestAllowed)]
    }
}
