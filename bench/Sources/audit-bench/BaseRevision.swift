import Foundation

/// A row as the audit-bench of an earlier commit measures it, for a before/after comparison in
/// one run: bench/run builds that commit in a scratch directory and names its audit-bench in
/// AUDIT_BENCH_BASE (with the commit in AUDIT_BENCH_BASE_COMMIT). Its fastest and median are
/// read from its table, the format `Measurement.row` prints.
enum BaseRevision {
    static let binaryVariable = "AUDIT_BENCH_BASE"

    /// The earlier build's measurement of the row `name`, one run of its audit-bench.
    static func peer(workload: String, row name: String, sample: String) -> Peer {
        let environment = ProcessInfo.processInfo.environment
        let label = "before (\(environment["AUDIT_BENCH_BASE_COMMIT"] ?? "base"))"
        guard let binary = environment[binaryVariable], !binary.isEmpty else {
            return .unavailable(name: label, reason: "not built (bench/run builds it)")
        }
        do {
            return .measured(try measurement(binary, workload, name, sample, label))
        } catch {
            return .unavailable(name: label, reason: "\(error)")
        }
    }

    /// The faster of two measurements of the earlier build (a failure only if both failed).
    static func faster(_ one: Peer, _ other: Peer) -> Peer {
        switch (one, other) {
        case (.measured(let a), .measured(let b)): .measured(a.fastest <= b.fastest ? a : b)
        case (.measured, _): one
        default: other
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
