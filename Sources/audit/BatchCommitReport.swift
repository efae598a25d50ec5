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

    static var header: [String] {
        InterfaceLanguage.current == .zh
            ? ["文件", "部门", "年度", "来源", "标签", "结果"]
            : ["FILE", "DEPARTMENT", "YEAR", "FROM", "LABEL", "OUTCOME"]
    }

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
        entries.compactMap { $0.stored?.warning }.forEach(Warning.print)
        let skipped = entries.filter { $0.skipped != nil }
        for entry in skipped {
            print(TerminalText.visibleLine(InterfaceLanguage.text("skipped \(entry.file): ", "已跳过 \(entry.file)：") + (entry.skippedWording?.text(in: InterfaceLanguage.current) ?? "")))
        }
        let stored = entries.filter { if case .created = $0.stored?.commit { true } else { false } }.count
        let (storable, unchanged) = (entries.count - skipped.count, entries.count - skipped.count - stored)
        print(dryRun
            ? InterfaceLanguage.text("dry run: \(storable) of \(entries.count) files would be stored; nothing stored", "试运行：\(entries.count) 个文件中将存储 \(storable) 个；未存储任何内容")
            : InterfaceLanguage.text("\(stored) stored, \(unchanged) unchanged, \(skipped.count) skipped", "已存储 \(stored) 个，未变 \(unchanged) 个，跳过 \(skipped.count) 个"))
        if !skipped.isEmpty { throw ExitCode(1) }
    }

    private func row(_ entry: BatchCommit.Entry) -> [String] {
        [
            entry.file, entry.department ?? "?", entry.year ?? "?", entry.mapped ? InterfaceLanguage.text("map", "对照表") : InterfaceLanguage.text("report", "报告"), entry.label ?? "-", outcome(entry),
        ].map(TerminalText.visibleLine)
    }

    private func outcome(_ entry: BatchCommit.Entry) -> String {
        if entry.skipped != nil { return InterfaceLanguage.text("skipped", "已跳过") }
        switch entry.stored?.commit {
        case nil: return dryRun ? InterfaceLanguage.text("would store", "将存储") : "-"
        case .created(let revision): return InterfaceLanguage.text("stored ", "已存储 ") + "\(revision.ref) \(revision.shortID)"
        case .unchanged(let revision): return InterfaceLanguage.text("unchanged ", "未变 ") + revision.ref
        }
    }
}
