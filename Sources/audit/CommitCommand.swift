import ArgumentParser
import AuditApp
import AuditStore
import Foundation

struct CommitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commit",
        abstract: "Store a report file as the next revision of a version, or a folder of reports with --batch.",
        discussion: """
            The file may be UTF-8 (with or without BOM), GB18030/GBK, UTF-16 with BOM, or a PDF. \
            With --batch DIR each file of DIR is stored as <department>/<year>, read from its cover and part headings \
            or given by --map; exit status 1 when a file was skipped.
            """
    )

    static let authorEnvironmentVariable = "AUDIT_AUTHOR"

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The version label, e.g. 2021 or 财政局/2024.")
    var version: String?

    @Argument(help: "The report file.")
    var file: String?

    @Option(help: ArgumentHelp("Store every report file of this folder, each as its own version.", valueName: "dir"))
    var batch: String?

    @Option(help: ArgumentHelp("With --batch: a CSV of file,department,year correcting what the reports say.", valueName: "labels.csv"))
    var map: String?

    @Flag(name: .customLong("dry-run"), help: "With --batch: print the proposed labels and store nothing.")
    var dryRun = false

    @Option(name: .shortAndLong, help: "What this revision is.")
    var message: String?

    @Option(help: ArgumentHelp(
        "The author, \"Name <email>\" (default: $AUDIT_AUTHOR, else git's user.name and user.email).",
        valueName: "author"
    ))
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
