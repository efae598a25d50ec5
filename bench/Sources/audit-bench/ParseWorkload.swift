import ReportModel

/// Parses the sample report into its model, in process. No peer parses this format.
struct ParseWorkload: Workload {
    let name = "parse"

    func run(_ context: BenchContext) throws -> [Row] {
        var report: Report?
        let memory = PeakMemory.ofSelf {
            report = ReportParser.parse(context.sample)
        }
        let parse = measure("parse sample", bytes: context.sampleBytes, iterations: context.iterations) {
            report = ReportParser.parse(context.sample)
        }
        let counts = report.map { "\($0.tables.count) tables, \($0.paragraphs.count) paragraphs, \($0.figures.count) figures; " } ?? ""
        return [Row(ours: parse, peakMemory: memory, notes: ["(\(counts)\(context.iterations) runs)"])]
    }
}
