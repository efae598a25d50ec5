import Foundation

/// A workload as the bench of an earlier commit measures it, in the same run: bench/run builds
/// each base commit's `audit-bench` (release, cached by commit under .build/bench-base) and names
/// them in `AUDIT_BENCH_BASES` as `commit=path` words. The old bench times its own code in its
/// own process exactly as this one does (one warm-up, then the timed runs); its fastest and
/// median are read from the row it prints.
struct BaseCommitPeer {
    static let variable = "AUDIT_BENCH_BASES"

    let commit: String
    let binary: String

    /// The base commits bench/run built, in the order it names them.
    static var all: [BaseCommitPeer] {
        let words = (ProcessInfo.processInfo.environment[variable] ?? "").split(separator: " ")
        return words.compactMap { word in
            let parts = word.split(separator: "=", maxSplits: 1)
            return parts.count == 2 ? BaseCommitPeer(commit: String(parts[0]), binary: String(parts[1])) : nil
        }
    }

    /// One run of the old bench: the fastest and median of the row named `row` of its
    /// `workload` on the sample at `samplePath`, or why there is none.
    func measure(workload: String, row: String, samplePath: String) -> Result<(fastest: Double, median: Double), Unavailable> {
        guard let output = try? Self.run(binary, [workload, samplePath]),
              let line = output.split(separator: "\n").first(where: { $0.hasPrefix(row) }),
              let (fastest, median) = Self.durations(String(line.dropFirst(row.count)))
        else { return .failure(Unavailable(reason: "\(binary) printed no \"\(row)\" row")) }
        return .success((fastest, median))
    }

    /// Several runs of the old bench as one peer: the fastest of their fastest, and the median
    /// of their medians (the runs of the measurement are the overall fastest and each median).
    func peer(_ rounds: [Result<(fastest: Double, median: Double), Unavailable>], row: String, bytes: Int) -> Peer {
        let name = "\(commit) \(row)"
        var measured: [(fastest: Double, median: Double)] = []
        for round in rounds {
            switch round {
            case .success(let times): measured.append(times)
            case .failure(let unavailable): return .unavailable(name: name, reason: unavailable.reason)
            }
        }
        guard let fastest = measured.map(\.fastest).min() else { return .none }
        return .measured(Measurement(name: name, runs: [fastest] + measured.map(\.median), bytes: bytes))
    }

    struct Unavailable: Error {
        let reason: String
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
