import Foundation
import ReportModel

/// Times workloads on the sample in this process, reporting the fastest and the median run:
/// the fastest is the least disturbed by other load, the median shows the spread.
struct Measurement {
    let name: String
    let runs: [Double]
    let bytes: Int

    var fastest: Double { runs.min() ?? 0 }
    var median: Double { runs.sorted()[runs.count / 2] }
    var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / fastest }

    var row: String {
        [name.padding(toLength: 24, withPad: " ", startingAt: 0),
         String(format: "%10.2f ms", fastest * 1000),
         String(format: "%10.2f ms", median * 1000),
         String(format: "%10.1f MB/s", megabytesPerSecond)].joined(separator: " ")
    }
}

func measure(_ name: String, bytes: Int, iterations: Int, _ body: () -> Void) -> Measurement {
    body()
    let runs = (0..<iterations).map { _ -> Double in
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
    return Measurement(name: name, runs: runs, bytes: bytes)
}

let arguments = CommandLine.arguments.dropFirst()
let smoke = arguments.contains("--smoke")
guard let samplePath = arguments.first(where: { !$0.hasPrefix("--") }) else {
    FileHandle.standardError.write("usage: audit-bench [--smoke] REPORT.txt\n".data(using: .utf8)!)
    exit(2)
}
let text = try String(contentsOfFile: samplePath, encoding: .utf8)
let bytes = text.utf8.count
let iterations = smoke ? 3 : 200

var report: Report?
let parse = measure("parse sample", bytes: bytes, iterations: iterations) { report = ReportParser.parse(text) }
print(["workload".padding(toLength: 24, withPad: " ", startingAt: 0), "     fastest", "      median", "     throughput"].joined(separator: " "))
print(parse.row)
if let report {
    print("  (\(report.tables.count) tables, \(report.paragraphs.count) paragraphs, \(report.figures.count) figures; \(iterations) runs)")
}
