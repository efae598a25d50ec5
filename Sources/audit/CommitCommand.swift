import ArgumentParser
import AuditApp
import AuditStore
import Foundation

struct CommitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commit",
        abstract: InterfaceLanguage.text("Store a report file as the next revision of a version, or a folder of reports with --batch.", "将报告文件存为某版本的下一个修订版本；用 --batch 可存入一个文件夹的报告。"),
        discussion: InterfaceLanguage.text(
            """
                The file may be UTF-8 (with or without BOM), GB18030/GBK, UTF-16 with BOM, or a PDF. \
                With --batch DIR each file of DIR is stored as <department>/<year>, read from its cover and part headings \
                or given by --map; exit status 1 when a file was skipped.
                """,
            "文件可以是 UTF-8（带或不带 BOM）、GB18030/GBK、带 BOM 的 UTF-16，或 PDF。用 --batch DIR 时，DIR 中每个文件存为 <department>/<year>，部门和年度从封面和各部分标题读出，或由 --map 给出；有文件被跳过时退出状态为 1。"
        )
    ).parsedUnderAudit

    static let authorEnvironmentVariable = "AUDIT_AUTHOR"

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: InterfaceLanguage.help("The version label, e.g. 2021 or 财政局/2024.", "版本标签，如 2021 或 财政局/2024。"))
    var version: String?

    @Argument(help: InterfaceLanguage.help("The report file.", "报告文件。"))
    var file: String?

    @Option(help: InterfaceLanguage.help("Store every report file of this folder, each as its own version.", "存入此文件夹中的每个报告文件，各自成为一个版本。", valueName: "dir"))
    var batch: String?

    @Option(help: InterfaceLanguage.help("With --batch: a CSV of file,department,year correcting what the reports say.", "与 --batch 同用：一个 CSV 文件（file,department,year），用以更正报告中读出的部门和年度。", valueName: "labels.csv"))
    var map: String?

    @Flag(name: .customLong("dry-run"), help: InterfaceLanguage.help("With --batch: print the proposed labels and store nothing.", "与 --batch 同用：只列出拟用的标签，不存储任何内容。"))
    var dryRun = false

    @Option(name: .shortAndLong, help: InterfaceLanguage.help("What this revision is.", "此修订版本的说明。"))
    var message: String?

    @Option(help: InterfaceLanguage.help("The author, \"Name <email>\" (default: $AUDIT_AUTHOR, else git's user.name and user.email).", "作者，格式 \"姓名 <邮箱>\"（默认：$AUDIT_AUTHOR，未设置时为 git 的 user.name 和 user.email）。", valueName: "author"))
    var author: String?

    func validate() throws {
        guard batch == nil else {
            if version != nil || file != nil { throw InterfaceLanguage.usage("--batch takes a folder instead of <version> <file>", "--batch 接受一个目录，不再接受 <版本> <文件>") }
            if batch?.isEmpty == true { throw InterfaceLanguage.usage("--batch needs a folder", "--batch 需要一个目录") }
            return
        }
        if map != nil || dryRun { throw InterfaceLanguage.usage("--map and --dry-run go with --batch", "--map 和 --dry-run 须与 --batch 同用") }
        if version == nil { throw InterfaceLanguage.usage("Missing expected argument '<version>' (or --batch DIR)", "缺少参数 '<版本>'（或 --batch 目录）") }
        guard let file else { throw InterfaceLanguage.usage("Missing expected argument '<file>'", "缺少参数 '<文件>'") }
        if file.isEmpty { throw InterfaceLanguage.usage("no file given", "未给出文件") }
    }

    func run() throws {
        if let batch {
            return try BatchCommitReport(directory: batch, map: map, dryRun: dryRun, message: message, author: author ?? Self.environmentAuthor)
                .run(in: workspaceOptions.open())
        }
        guard let version, let file else { return }
        // The findings are recorded by a detached recorder, so the command returns once the
        // revision is stored; every other command waits for it before reading the store.
        let stored = try StoreRevision(workspace: workspaceOptions.open(awaitingRecorders: false)).run(
            version: version, file: URL(fileURLWithPath: file), message: message, author: author ?? Self.environmentAuthor,
            recording: .detached(warn: Warning.print)
        )
        print(Self.report(stored.commit))
        (InterfaceLanguage.current == .zh ? stored.noticeZh ?? stored.notice : stored.notice).map { print($0) }
        stored.warning.map(Warning.print)
    }

    /// `$AUDIT_AUTHOR`, unless unset or empty.
    static var environmentAuthor: String? {
        ProcessInfo.processInfo.environment[authorEnvironmentVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    static func report(_ outcome: CommitOutcome) -> String {
        switch outcome {
        case .created(let revision):
            if InterfaceLanguage.current == .zh {
                let pages = revision.pages.map { "，\($0) 页" } ?? ""
                return "\(revision.ref) \(revision.shortID) 已存储（\(revision.size) 字节，\(revision.encoding)\(pages)，\(revision.lines) 行）"
            }
            let pages = revision.pages.map { ", \($0) pages" } ?? ""
            let facts = "\(revision.size) bytes, \(revision.encoding)\(pages), \(revision.lines) lines"
            return "\(revision.ref) \(revision.shortID) stored (\(facts))"
        case .unchanged(let revision):
            return InterfaceLanguage.text("\(revision.ref) unchanged: identical to the latest revision; nothing stored", "\(revision.ref) 未变：与最新修订完全相同，未存储")
        }
    }
}
