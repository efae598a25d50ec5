import ArgumentParser
import AuditApp
import AuditStore
import FindingsStore
import Localization
import TextEscaping

struct PullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: InterfaceLanguage.text("Fetch a remote's versions, findings and triage decisions and merge them into this workspace.", "取回远程仓库的版本、发现项和审阅决定，并合并到此工作区。"),
        discussion: InterfaceLanguage.text(
            """
                Revisions are never rewritten: when both sides committed revisions of a version after a common one, \
                both are kept in the order they were committed, the later re-committed as the next revision. Triage \
                decisions are merged by finding: both stay in the trail, the later is current. A failed or killed pull \
                leaves the workspace as it was.
                """,
            "修订版本从不改写：双方在共同的修订版本之后都提交了同一版本的修订版本时，两者都按提交顺序保留，较晚的重新提交为下一个修订版本。审阅决定按发现项合并：两者都留在记录中，较晚的为当前决定。拉取失败或被中止时，工作区保持原样。"
        )
    ).parsedUnderAudit

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: InterfaceLanguage.help("The remote (default: origin).", "远程仓库（默认：origin）。"))
    var remote = CloneWorkspace.remoteName

    func run() throws {
        let report = try PullFromRemote(workspace: workspaceOptions.open()).pull(remote, committer: CommitCommand.environmentAuthor)
        PullReportText.print(report)
    }
}

/// What a pull or clone prints: one line per version, findings record and the ledger that changed.
enum PullReportText {
    static func print(_ report: PullReport) {
        let (revisions, decisions) = (report.arrivedRevisions, report.arrivedDecisions)
        show(
            "pulled from \(report.remote) (\(report.url)): \(revisions) revision\(plural(revisions)) and \(decisions) triage decision\(plural(decisions)) arrived",
            "已从 \(report.remote)（\(report.url)）拉取：收到修订 \(revisions) 个、审阅决定 \(decisions) 项"
        )
        for version in report.versions { show(line(version)) }
        for findings in report.findings where findings.rekeyed > 0 || !findings.disagreed.isEmpty {
            let (rekeyed, disagreed) = (findings.rekeyed, findings.disagreed.count)
            show(
                "  findings \(findings.version): \(rekeyed) record\(plural(rekeyed)) re-keyed to re-committed revisions, \(disagreed) differing on the two sides left to recompute",
                "  检查结果 \(findings.version)：\(rekeyed) 份记录改记到重新提交的修订下，双方不一致的 \(disagreed) 份留待重新计算"
            )
        }
        if let triage = report.triage { show(line(triage)) }
        if report.changedNothing { show("  already up to date", "  已是最新") }
    }

    private static func line(_ version: VersionMerge) -> LocalizedText {
        var line = LocalizedText(en: "  \(version.version): \(version.arrived) revision\(plural(version.arrived)) arrived", zh: "  \(version.version)：收到修订 \(version.arrived) 个")
        if !version.rebased.isEmpty {
            line = line + LocalizedText(en: "; merged with this workspace's: ", zh: "；与本工作区的修订合并：") + .joined(version.rebased.map {
                let (original, recommitted) = ($0.originalCommitID.prefix(7), $0.commitID.prefix(7))
                return LocalizedText(
                    en: "revision \($0.originalNumber) (\(original)) re-committed as revision \($0.number) (\(recommitted))",
                    zh: "修订 \($0.originalNumber)（\(original)）重新提交为修订 \($0.number)（\(recommitted)）"
                )
            }, zh: "，")
        }
        return line
    }

    private static func line(_ triage: TriageMerge) -> LocalizedText {
        var line = LocalizedText(en: "  triage: \(triage.arrived) decision\(plural(triage.arrived)) arrived", zh: "  审阅决定：收到 \(triage.arrived) 项")
        if triage.joined { line = line + LocalizedText(en: "; merged with this workspace's decisions", zh: "；已与本工作区的审阅决定合并") }
        if !triage.contested.isEmpty {
            let count = triage.contested.count
            line = line + LocalizedText(
                en: "; \(count) finding\(plural(count)) decided on both sides (both in the trail, the later current)",
                zh: "；\(count) 条检查结果双方都作了决定（两项都留在记录中，以较晚的为准）"
            )
        }
        return line
    }

    /// One line in the interface's language, its control characters shown.
    static func show(_ english: String, _ chinese: String) {
        show(LocalizedText(en: english, zh: chinese))
    }

    static func show(_ text: LocalizedText) {
        Swift.print(TerminalText.visibleLine(text.text(in: InterfaceLanguage.current)))
    }

    static func plural(_ count: Int) -> String {
        count == 1 ? "" : "s"
    }
}
