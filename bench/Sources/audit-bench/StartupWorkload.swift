import Foundation

/// Process start-up, against git's on the same machine in the same run: `audit --version`
/// (nothing but start-up) against `git --version`, and `audit log` on a workspace of one
/// revision against `git log` on the same store. Runs alternate between the two, so load on
/// the machine hits both alike.
struct StartupWorkload: Workload {
    let name = "startup"

    func run(_ context: BenchContext) throws -> [Row] {
        let audit = AuditCommand(binary: context.auditBinary, workspace: try context.directory("startup-workspace").path)
        try audit.run(["init"])
        try audit.run(["commit", "2021", context.samplePath])
        let store = URL(fileURLWithPath: audit.workspace).appendingPathComponent("store.git").path
        let iterations = context.size(smoke: 1, full: 100)
        let pairs: [(ours: String, arguments: [String], peer: String, peerArguments: [String])] = [
            ("audit --version", [context.auditBinary, "--version"], "git --version", ["git", "--version"]),
            ("audit log, 1 revision", [context.auditBinary, "log", "--workspace", audit.workspace],
             "git log", ["git", "--git-dir", store, "log", "--all"]),
        ]
        let git = Spawn.isInstalled("git")
        return try pairs.map { pair in
            var ours: [Spawn.Run] = []
            var peer: [Double] = []
            for _ in 0...iterations {
                ours.append(try Spawn.run(pair.arguments))
                if git { peer.append(try Spawn.run(pair.peerArguments).seconds) }
            }
            // The first of each is a warm-up.
            let measured = Measurement(name: pair.ours, runs: ours.dropFirst().map(\.seconds), amount: 0, unit: "")
            return Row(
                ours: measured,
                peer: git ? .measured(Measurement(name: pair.peer, runs: Array(peer.dropFirst()), amount: 0, unit: "")) : .unavailable(name: pair.peer, reason: "peer not installed"),
                peakMemory: ours.map(\.peakMemory).max(),
                notes: pair.ours == "audit log, 1 revision" ? ["(processes, alternating with the peer; \(iterations) runs each; peak RSS of the audit process)"] : []
            )
        }
    }
}
