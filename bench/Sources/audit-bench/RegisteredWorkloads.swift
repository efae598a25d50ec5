/// The one list of workloads, in the order of the table. Adding a workload means adding its
/// file and its value here.
enum RegisteredWorkloads {
    static let all: [any Workload] = [
        ParseWorkload(),
        ExtractWorkload(),
        IngestWorkload(),
        // Before any workload that starts processes: its peak memory includes the largest child.
        ParseCheckWorkload(),
        StartupWorkload(),
        DiffWorkload(),
        CommitWorkload(),
        ScaleWorkload(),
        SeasonWorkload(),
        DuplicatesWorkload(),
        DupsWorkload(),
        MarkupWorkload(),
    ]
}
