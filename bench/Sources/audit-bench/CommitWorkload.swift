import Foundation
import Glibc

/// Stores successive revisions of the report through `audit commit` (the release binary, one
/// process per revision; it returns once the revision is stored and a detached recorder runs
/// the checks and records their findings), against the same files through `git add` + `git
/// commit` in a fresh repository. Commits alternate between the two, so load on the machine
/// hits both alike. After each commit the bench waits for its recorder, untimed in the first
/// row, so neither the next commit nor git's shares the cores with it; the second row is the
/// commit and its recorder together, what a synchronous commit would take.
struct CommitWorkload: Workload {
    let name = "commit"

    func run(_ context: BenchContext) throws -> [Row] {
        let files = try context.corpus.writeRevisions(context.size(smoke: 2, full: 200), to: context.directory("commit-revisions"))
        let audit = AuditCommand(binary: context.auditBinary, workspace: try context.directory("commit-workspace").path)
        try audit.run(["init"])
        let git = Spawn.isInstalled("git") ? try GitRepository(directory: context.directory("commit-git")) : nil
        var ours: [Spawn.Run] = []
        var recorded: [Double] = []
        var peer: [Double] = []
        let lease = URL(fileURLWithPath: audit.workspace).appendingPathComponent("store.git/audit-recording.lock").path
        for (index, file) in files.enumerated() {
            let message = "revision \(index + 1)"
            let run = try audit.run(["commit", "2021", file.path, "-m", message])
            ours.append(run)
            recorded.append(run.seconds + Self.awaitRecorder(lease))
            if let git { peer.append(try git.commit(file, as: "2021.txt", message: message)) }
        }
        let peerRow: Peer = git == nil ? .unavailable(name: "git add + git commit", reason: "peer not installed")
            : .measured(Measurement(name: "git add + git commit", runs: peer, amount: 1, unit: "commits"))
        let note = "(\(files.count) revisions of \(context.sampleBytes / 1000) kB, each a process, per commit, until audit commit returns; "
            + "peak RSS of the largest audit process)"
        let recordedNote = "(the same commits until their detached recorder had run every checker and recorded the findings)"
        return [
            Row(ours: Measurement(name: "audit commit", runs: ours.map(\.seconds), amount: 1, unit: "commits"),
                peer: peerRow, peakMemory: ours.map(\.peakMemory).max(), notes: [note]),
            Row(ours: Measurement(name: "audit commit, findings recorded", runs: recorded, amount: 1, unit: "commits"),
                peer: peerRow, notes: [recordedNote]),
        ]
    }

    /// Seconds until no recorder holds the workspace's lease (`Workspace.awaitRecorders`).
    private static func awaitRecorder(_ lease: String) -> Double {
        let started = DispatchTime.now().uptimeNanoseconds
        let descriptor = open(lease, O_RDWR | O_CLOEXEC)
        if descriptor >= 0 {
            flock(descriptor, LOCK_EX)
            close(descriptor)
        }
        return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    }
}
