import Foundation

/// A workload as the bench of an earlier commit measures it, in the same run: bench/run builds
/// that commit's `audit-bench` (release, cached by commit under .build/bench-base) and names it
/// in `AUDIT_BENCH_BASE`, its commit in `AUDIT_BENCH_BASE_COMMIT`. The old bench times its own
/// code in its own process exactly as this one does (one warm-up, then the timed runs); its
/// fastest and median are read from the row it prints.
enum BaseCommitPeer {
    static let binaryVariable = "AUDIT_BENCH_BASE"
    static let commitVariable = "AUDIT_BENCH_BASE_COMMIT"

    static var commit: String { ProcessInfo.processInfo.environment[commitVariable] ?? "base" }

    /// The row named `row` of the old bench's `workload` on the sample at `samplePath`.
    static func measure(workload: String, row: String, samplePath: String, bytes: Int) -> Peer {
        let name = "\(commit) \(row)"
        guard let binary = ProcessInfo.processInfo.environment[binaryVariable] else {
            return .unavailable(name: name, reason: "\(binaryVariable) not set (bench/run sets it)")
        }
        guard let output = try? run(binary, [workload, samplePath]),
              let line = output.split(separator: "\n").first(where: { $0.hasPrefix(row) }),
              let (fastest, median) = durations(String(line.dropFirst(row.count)))
        else { return .unavailable(name: name, reason: "\(binary) printed no \"\(row)\" row") }
        // The runs are the two the old bench printed: their minimum and median are its fastest and median.
        return .measured(Measurement(name: name, runs: [fastest, median], bytes: bytes))
    }

    private static func run(_ binary: String, _ arguments: [String]) throws -> String {
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// "     70.12 ms     75.40 ms  …" → (0.07012, 0.07540), as `Measurement.row` prints them.
    private static func durations(_ text: String) -> (Double, Double)? {
        let words = text.split(separator: " ")
        guard words.count >= 4, words[1] == "ms", words[3] == "ms", let fastest = Double(words[0]), let median = Double(words[2]) else { return nil }
        return (fastest / 1000, median / 1000)
    }
}
