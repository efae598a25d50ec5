import Foundation

/// Stores successive revisions of the report through `audit commit` (the release binary, one
/// process per revision, which also runs the checks and records their findings), against the
/// same files through `git add` + `git commit` in a fresh repository. Commits alternate between
/// the two, so load on the machine hits both alike.
struct CommitWorkload: Workload {
    let name = "commit"

    func run(_ context: BenchContext) throws -> [Row] {
        let files = try context.corpus.writeRevisions(context.size(smoke: 2, full: 200), to: context.directory("commit-revisions"))
        let audit = AuditCommand(binary: context.auditBinary, workspace: try context.directory("commit-workspace").path)
        try audit.run(["init"])
        let git = Spawn.isInstalled("git") ? try GitRepository(directory: context.directory("commit-git")) : nil
        var ours: [Spawn.Run] = []
        var peer: [Double] = []
        for (index, file) in files.enumerated() {
            let message = "revision \(index + 1)"
            ours.append(try audit.run(["commit", "2021", file.path, "-m", message]))
            if let git { peer.append(try git.commit(file, as: "2021.txt", message: message)) }
        }
        let measured = Measurement(name: "audit commit", runs: ours.map(\.seconds), amount: 1, unit: "commits")
        let note = "(\(files.count) revisions of \(context.sampleBytes / 1000) kB, each a process, per commit; audit commit also runs every checker "
            + "and records the findings; peak RSS of the largest audit process)"
        return [Row(
            ours: measured,
            peer: git == nil ? .unavailable(name: "git add + git commit", reason: "peer not installed")
                : .measured(Measurement(name: "git add + git commit", runs: peer, amount: 1, unit: "commits")),
            peakMemory: ours.map(\.peakMemory).max(),
            notes: [note]
        )]
    }
}
