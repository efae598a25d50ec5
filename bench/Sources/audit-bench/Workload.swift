/// One benchmark. Each workload lives in its own file and is listed once in
/// `RegisteredWorkloads.all`; the harness runs them in that order and prints their rows in one
/// table.
protocol Workload {
    /// Selects the workload on the command line (`audit-bench parse commit`).
    var name: String { get }
    /// Measures ours, and the peer on the same input in the same run, as one row per comparison.
    func run(_ context: BenchContext) throws -> [Row]
}
