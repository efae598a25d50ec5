import ArgumentParser
import AuditApp
import AuditStore
import Foundation
import TextEscaping

/// `audit commit --batch`: the table of files and their labels, what was stored, and each
/// file skipped with its reason. Exit status 1 when any file was skipped.
struct BatchCommitReport {
    let directory: String
    let map: String?
    let dryRun: Bool
    let message: String?
    let author: String?

    static let header = ["FILE", "DEPARTMENT", "YEAR", "FROM", "LABEL", "OUTCOME"]

    func run(in workspace: Workspace) throws {
        let labels = try map.map { try LabelMap.load(URL(fileURLWithPath: $0)) } ?? .empty
        let batch = BatchCommit(workspace: workspace)
        var entries = try batch.propose(URL(fileURLWithPath: directory), map: labels, mapPath: map ?? "")
        if !dryRun {
            let meter = ProgressMeter(verb: "stored")
            entries = batch.commit(entries, message: message, author: author) { meter.update(done: $0, total: $1, label: $2) }
            meter.finish()
        }
        let rows = entries.map(row)
        print(TextTable.render([Self.header] + rows), terminator: "")
        entries.compactMap { $0.stored?.warning.map { "\($0)" } }.forEach(Warning.print)
        let skipped = entries.filter { $0.skipped != nil }
        for entry in skipped {
            print(TerminalText.visibleLine("skipped \(entry.file): \(entry.skipped ?? "")"))
        }
        let stored = entries.filter { if case .created = $0.stored?.commit { true } else { false } }.count
        print(dryRun ? "dry run: \(entries.count - skipped.count) of \(entries.count) files would be stored; nothing stored"
                     : "\(stored) stored, \(entries.count - skipped.count - stored) unchanged, \(skipped.count) skipped")
        if !skipped.isEmpty { throw ExitCode(1) }
    }

    private func row(_ entry: BatchCommit.Entry) -> [String] {
        [
            entry.file, entry.department ?? "?", entry.year ?? "?", entry.mapped ? "map" : "report", entry.label ?? "-", outcome(entry),
        ].map(TerminalText.visibleLine)
    }

    private func outcome(_ entry: BatchCommit.Entry) -> String {
        if entry.skipped != nil { return "skipped" }
        switch entry.stored?.commit {
        case nil: return dryRun ? "would store" : "-"
        case .created(let revision): return "stored \(revision.ref) \(revision.shortID)"
        case .unchanged(let revision): return "unchanged \(revision.ref)"
        }
    }
}
