import Foundation

/// Process start-up, against git's on the same machine in the same run: `audit --version`
/// (nothing but start-up) against `git --version`, `audit log` on a workspace of one
/// revision against `git log` on the same store, and the `audit diff 2020 2021` process against
/// `git diff --no-index --word-diff` of the same two files (issue 19's target: no slower; git
/// reads the two files and diffs their words, audit opens the store, resolves both versions,
/// loads the two models cached at commit, diffs tables, paragraphs and figures, and renders).
/// The diff runs twice: warm, as a reviewer meets it (the commit computed the pair's diff into
/// cache/diffs), and cold, with cache/diffs removed before each run. Runs alternate between the two, so load on the machine hits both alike.
struct StartupWorkload: Workload {
    let name = "startup"

    func run(_ context: BenchContext) throws -> [Row] {
        let audit = AuditCommand(binary: context.auditBinary, workspace: try context.directory("startup-workspace").path)
        try audit.run(["init"])
        try audit.run(["commit", "2021", context.samplePath])
        let store = URL(fileURLWithPath: audit.workspace).appendingPathComponent("store.git").path
        let twoYears = AuditCommand(binary: context.auditBinary, workspace: try context.directory("startup-diff-workspace").path)
        let oldPath = URL(fileURLWithPath: context.samplePath).deletingLastPathComponent().appendingPathComponent("2020.txt").path
        try twoYears.run(["init"])
        try twoYears.run(["commit", "2020", oldPath])
        try twoYears.run(["commit", "2021", context.samplePath])
        let iterations = context.size(smoke: 1, full: 100)
        let diffCache = URL(fileURLWithPath: twoYears.workspace).appendingPathComponent("cache/diffs")
        let diff = [context.auditBinary, "diff", "2020", "2021", "--workspace", twoYears.workspace]
        let gitDiff = ["git", "diff", "--no-index", "--no-color", "--word-diff-regex=[0-9.,]+|[^[:space:]]", oldPath, context.samplePath]
        let pairs: [(ours: String, arguments: [String], peer: String, peerArguments: [String], prepare: () -> Void)] = [
            ("audit --version", [context.auditBinary, "--version"], "git --version", ["git", "--version"], {}),
            ("audit log, 1 revision", [context.auditBinary, "log", "--workspace", audit.workspace],
             "git log", ["git", "--git-dir", store, "log", "--all"], {}),
            ("audit diff 2020 2021", diff, "git diff --word-diff", gitDiff, {}),
            ("audit diff 2020 2021, cold", diff, "git diff --word-diff", gitDiff, { try? FileManager.default.removeItem(at: diffCache) }),
        ]
        let git = Spawn.isInstalled("git")
        return try pairs.map { pair in
            var ours: [Spawn.Run] = []
            var peer: [Double] = []
            for _ in 0...iterations {
                pair.prepare()
                ours.append(try Spawn.run(pair.arguments))
                // git diff exits 1 when the files differ.
                if git { peer.append(try Spawn.run(pair.peerArguments, acceptedStatuses: [0, 1]).seconds) }
            }
            // The first of each is a warm-up.
            let measured = Measurement(name: pair.ours, runs: ours.dropFirst().map(\.seconds), amount: 0, unit: "")
            return Row(
                ours: measured,
                peer: git ? .measured(Measurement(name: pair.peer, runs: Array(peer.dropFirst()), amount: 0, unit: "")) : .unavailable(name: pair.peer, reason: "peer not installed"),
                peakMemory: ours.map(\.peakMemory).max(),
                notes: [
                    "audit log, 1 revision": ["(processes, alternating with the peer; \(iterations) runs each; peak RSS of the audit process)"],
                    "audit diff 2020 2021": ["(warm: the pair's diff cached at commit in cache/diffs; audit opens the store, resolves both versions, reads the cached diff and renders; git reads and word-diffs the two files)"],
                    "audit diff 2020 2021, cold": ["(cold: cache/diffs removed before each run; audit loads the two models cached at commit, diffs, caches the diff and renders)"],
                ][pair.ours] ?? []
            )
        }
    }
}
