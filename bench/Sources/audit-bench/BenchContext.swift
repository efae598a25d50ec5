import Foundation

/// What every workload is handed: the sample, how hard to measure, and where to put data.
struct BenchContext {
    let samplePath: String
    let sample: String
    /// Tiny sizes and few runs, so the test suite can check the harness in seconds.
    let smoke: Bool
    /// Generated inputs go here (a temp directory), never into the repository.
    let scratch: URL
    /// The `audit` executable built next to this one (same configuration), for workloads that
    /// drive the command line as a user would.
    let auditBinary: String

    var sampleBytes: Int { sample.utf8.count }

    /// Runs for in-process timings of the sample: many, because one parse takes milliseconds.
    var iterations: Int { smoke ? 1 : 200 }

    /// The seeded mutations of the sample that generated workloads draw from.
    var corpus: SyntheticCorpus { SyntheticCorpus(sample: sample, seed: 2021) }

    /// `small` in smoke mode, `full` otherwise.
    func size(smoke small: Int, full: Int) -> Int { smoke ? small : full }

    /// A fresh directory under the scratch directory.
    func directory(_ name: String) throws -> URL {
        let url = scratch.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
