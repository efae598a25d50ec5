import Foundation

/// The runs of one timed body: the fastest is the least disturbed by other load on the machine,
/// the median shows the spread.
struct Measurement {
    let name: String
    let runs: [Double]
    /// Work done per run, for the throughput column (e.g. megabytes, paragraphs).
    let amount: Double
    let unit: String

    init(name: String, runs: [Double], amount: Double, unit: String) {
        self.name = name
        self.runs = runs
        self.amount = amount
        self.unit = unit
    }

    init(name: String, runs: [Double], bytes: Int) {
        self.init(name: name, runs: runs, amount: Double(bytes) / 1_000_000, unit: "MB")
    }

    var fastest: Double { runs.min() ?? 0 }
    var median: Double { runs.sorted()[runs.count / 2] }
    var megabytesPerSecond: Double { unit == "MB" ? amount / fastest : 0 }
    var throughput: String { amount > 0 ? String(format: "%.1f %@/s", amount / fastest, unit) : "" }

    var row: String {
        [name.padding(toLength: 24, withPad: " ", startingAt: 0),
         String(format: "%10.2f ms", fastest * 1000),
         String(format: "%10.2f ms", median * 1000),
         throughput].joined(separator: " ")
    }
}

/// Runs `body` once to warm up, then `iterations` timed times.
func measure(_ name: String, bytes: Int, iterations: Int, _ body: () throws -> Void) rethrows -> Measurement {
    try measure(name, amount: Double(bytes) / 1_000_000, unit: "MB", iterations: iterations, body)
}

func measure(_ name: String, amount: Double, unit: String, iterations: Int, _ body: () throws -> Void) rethrows -> Measurement {
    try body()
    var runs: [Double] = []
    for _ in 0..<iterations {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        runs.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return Measurement(name: name, runs: runs, amount: amount, unit: unit)
}
