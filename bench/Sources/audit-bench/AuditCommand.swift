import Foundation

/// The `audit` executable run on one workspace, as a user would run it.
struct AuditCommand {
    let binary: String
    let workspace: String

    /// Exit status 1 is `audit check` reporting findings, not a failure.
    @discardableResult
    func run(_ arguments: [String]) throws -> Spawn.Run {
        try Spawn.run([binary] + arguments + ["--workspace", workspace], acceptedStatuses: [0, 1])
    }

    /// Whether this build has the subcommand, from the list in `audit --help` (asking for an
    /// unknown subcommand's help prints the overview and exits 0, so it cannot tell).
    func exists(_ subcommand: String) -> Bool {
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--help"]
        process.standardOutput = output
        guard (try? process.run()) != nil else { return false }
        let help = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return help.split(separator: "\n").contains { $0.hasPrefix("  \(subcommand) ") }
    }

    /// No warm-up run: a cold first run is at worst the slowest, and only the fastest is compared.
    func time(_ arguments: [String], as name: String, iterations: Int) throws -> (measurement: Measurement, peakMemory: Int) {
        let runs = try (0..<iterations).map { _ in try run(arguments) }
        return (Measurement(name: name, runs: runs.map(\.seconds), amount: 0, unit: ""), runs.map(\.peakMemory).max() ?? 0)
    }
}
