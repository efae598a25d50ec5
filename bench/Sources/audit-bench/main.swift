import Foundation

/// audit-bench [--smoke] [WORKLOAD...] REPORT.txt
///
/// Runs the registered workloads (or those named) on the sample report and prints one table.
let arguments = Array(CommandLine.arguments.dropFirst())
let smoke = arguments.contains("--smoke")
let words = arguments.filter { !$0.hasPrefix("--") }
guard let samplePath = words.last(where: { $0.hasSuffix(".txt") }) else {
    FileHandle.standardError.write(Data("usage: audit-bench [--smoke] [WORKLOAD...] REPORT.txt\n".utf8))
    exit(2)
}
let selected = Set(words.filter { $0 != samplePath })
let workloads = RegisteredWorkloads.all.filter { selected.isEmpty || selected.contains($0.name) }

guard let sample = try? String(contentsOfFile: samplePath, encoding: .utf8) else {
    FileHandle.standardError.write(Data("audit-bench: cannot read \(samplePath) as UTF-8\n".utf8))
    exit(2)
}
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("audit-bench-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
let context = BenchContext(
    samplePath: samplePath,
    sample: sample,
    smoke: smoke,
    scratch: scratch,
    auditBinary: URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("audit").path
)

// A failing workload is reported in the table and the others still run; the exit status says so.
print(ResultTable.header)
var failed = false
for workload in workloads {
    do {
        try workload.run(context).flatMap(ResultTable.lines).forEach { print($0) }
    } catch {
        print("\(workload.name): failed: \(error)")
        failed = true
    }
}
try? FileManager.default.removeItem(at: scratch)
exit(failed ? 1 : 0)
