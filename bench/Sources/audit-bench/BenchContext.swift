import Foundation

/// What every workload is handed: the sample, how hard to measure, and where to put data.
struct BenchContext {
    let samplePath: String
    let sample: String
    /// Tiny sizes and few runs, so the test suite can check the harness in seconds.
    let smoke: Bool
    /// Generated inputs go here (a temp directory), never into the repository.
    let scratch: URL

    var sampleBytes: Int { sample.utf8.count }

    /// Runs for in-process timings of the sample: many, because one parse takes milliseconds.
    var iterations: Int { smoke ? 3 : 200 }

    /// `small` in smoke mode, `full` otherwise.
    func size(smoke small: Int, full: Int) -> Int { smoke ? small : full }
}
