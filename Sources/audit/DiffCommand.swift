import ArgumentParser
import AuditStore
import Foundation
import Glibc
import ReportDiff
import ReportModel
import StoredReports

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two stored revisions: table cells, paragraphs, figures.",
        discussion: """
        Refs as for show: 2020 (latest revision), 2021@1 (first revision), or a commit-id prefix.
        Formatting alone (number separators, full-width digits, trailing zeros, line wrapping) is not a change.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, html
    }

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The old revision.")
    var old: String

    @Argument(help: "The new revision.")
    var new: String

    @Option(help: "text (coloured on a terminal), json, markdown, or html (one self-contained page).")
    var format: Format = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError("--output needs a file") }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let before = try workspace.resolve(old)
        let after = try workspace.resolve(new)
        let reports = try workspace.reports(of: [before, after])
        let changes = ReportChanges(old: reports[0], new: reports[1])
        let document = DiffDocument(
            old: Self.name(before), new: Self.name(after), changes: changes,
            oldPages: try Self.pages(of: before, in: workspace), newPages: try Self.pages(of: after, in: workspace)
        )
        let rendered = try render(document)
        if let output {
            try rendered.write(to: URL(fileURLWithPath: output), options: .atomic)
        } else {
            FileHandle.standardOutput.write(rendered)
        }
    }

    private func render(_ document: DiffDocument) throws -> Data {
        switch format {
        case .text: return Data(TextRenderer(colour: colour).render(document).utf8)
        case .json: return try document.json() + Data("\n".utf8)
        case .markdown: return Data(MarkdownRenderer().render(document).utf8)
        case .html: return Data(HTMLRenderer().render(document).utf8)
        }
    }

    /// Colour only for a terminal, and not when the user opts out (https://no-color.org).
    private var colour: Bool {
        output == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// The pages of a PDF revision's lines; a text revision's places are lines alone.
    private static func pages(of revision: Revision, in workspace: Workspace) throws -> PageMap? {
        revision.pages == nil ? nil : PageMap(text: try workspace.text(of: revision))
    }

    /// "2021@2 (8be0d42)": the ref a reader can pass back to `audit show`.
    private static func name(_ revision: Revision) -> String {
        "\(revision.ref) (\(revision.shortID))"
    }
}
