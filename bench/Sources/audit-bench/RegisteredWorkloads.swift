/// The one list of workloads, in the order of the table. Adding a workload means adding its
/// file and its value here.
enum RegisteredWorkloads {
    static let all: [any Workload] = [
        ParseWorkload(),
        DiffWorkload(),
        ParseCheckWorkload(),
        CommitWorkload(),
        ScaleWorkload(),
        DuplicatesWorkload(),
    ]
}
