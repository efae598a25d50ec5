import Foundation

/// `audit log`, `audit check 2021` and `audit findings 2021` on a workspace holding many
/// revisions, each against the same command when the workspace held one revision: a ratio near
/// 1 shows the cost does not grow with history. The revisions are stored through the release
/// binary, one `audit commit` each, untimed.
struct ScaleWorkload: Workload {
    let name = "scale"

    private static let commands: [(name: String, arguments: [String])] = [
        ("audit log", ["log"]),
        ("audit check 2021", ["check", "2021"]),
        ("audit findings 2021", ["findings", "2021"]),
    ]

    func run(_ context: BenchContext) throws -> [Row] {
        let count = context.size(smoke: 2, full: 1000)
        let files = try context.corpus.writeRevisions(count, to: context.directory("scale-revisions"))
        let audit = AuditCommand(binary: context.auditBinary, workspace: try context.directory("scale-workspace").path)
        try audit.run(["init"])
        try audit.run(["commit", "2021", files[0].path])
        let available = Self.commands.filter { audit.exists($0.arguments[0]) }
        let iterations = context.size(smoke: 1, full: 10)
        let single = try available.map { try audit.time($0.arguments, as: "same, 1 revision", iterations: iterations) }
        for file in files.dropFirst() { try audit.run(["commit", "2021", file.path]) }
        let many = try available.map { try audit.time($0.arguments, as: "\($0.name), \(count) revs", iterations: iterations) }
        var rows = Self.commands.map { command -> Row in
            guard let index = available.firstIndex(where: { $0.name == command.name }) else {
                return Row(name: "\(command.name), \(count) revs", missing: "n/a (not built yet)")
            }
            return Row(ours: many[index].measurement, peer: .measured(single[index].measurement), peakMemory: many[index].peakMemory)
        }
        rows[rows.count - 1].notes = ["(peer column: the same command when the workspace held 1 revision; \(iterations) runs each; peak RSS of the audit process)"]
        return rows
    }
}
