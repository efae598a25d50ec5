import Foundation

/// A row as the audit-bench of an earlier commit measures it, for a before/after comparison in
/// one run: bench/run builds that commit in a scratch directory and names its audit-bench in
/// AUDIT_BENCH_BASE (with the commit in AUDIT_BENCH_BASE_COMMIT). Its fastest and median are
/// read from its table, the format this file's `Measurement.row` prints.
enum BaseRevision {
    static let binaryVariable = "AUDIT_BENCH_BASE"

    /// The earlier build's measurement of the row `name`, run twice around nothing else, the
    /// better of the two kept: a disturbed run cannot make the earlier code look slower.
    static func peer(workload: String, row name: String, sample: String) -> Peer {
        let environment = ProcessInfo.processInfo.environment
        let commit = environment["AUDIT_BENCH_BASE_COMMIT"] ?? "base"
        let label = "before (\(commit))"
        guard let binary = environment[binaryVariable], !binary.isEmpty else {
            return .unavailable(name: label, reason: "not built (bench/run builds it)")
        }
        do {
            let first = try measurement(binary, workload, name, sample, label)
            let second = try measurement(binary, workload, name, sample, label)
            return .measured(first.fastest <= second.fastest ? first : second)
        } catch {
            return .unavailable(name: label, reason: "\(error)")
        }
    }

    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    private static func measurement(_ binary: String, _ workload: String, _ name: String, _ sample: String, _ label: String) throws -> Measurement {
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [workload, sample]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else {
            throw Failed(description: "no '\(name)' row in its output")
        }
        // "parse + all checks   140.12 ms   184.00 ms  …": the first two figures in ms.
        let figures = line.dropFirst(name.count).split(separator: " ").compactMap { Double($0) }
        guard figures.count >= 2 else { throw Failed(description: "unreadable row '\(line)'") }
        let (fastest, median) = (figures[0] / 1000, figures[1] / 1000)
        return Measurement(name: label, runs: [fastest, median, median], amount: 0, unit: "")
    }
}
