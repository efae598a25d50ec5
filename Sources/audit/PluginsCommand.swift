import ArgumentParser
import CheckerKit
import CheckerRegistry
import Foundation

struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the checker plugins: id, version, default level, summary, and the options audit.yml may set."
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func run() throws {
        let blocks = RegisteredCheckers.all.map { block($0.description) }
        FileHandle.standardOutput.write(Data((blocks.joined(separator: "\n") + "\n").utf8))
    }

    private func block(_ description: CheckerDescription) -> String {
        var lines = ["\(description.id)  \(description.version)  \(description.defaultLevel.rawValue)  \(description.summary)"]
        lines += description.options.map { "    \($0.key): \($0.defaultValue.display)  \($0.meaning)" }
        lines += description.rules.map { "    rule \($0.id): \($0.name)" }
        return lines.joined(separator: "\n")
    }
}
