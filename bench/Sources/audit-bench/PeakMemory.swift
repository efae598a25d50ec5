import Glibc

/// Peak resident set size, from getrusage's ru_maxrss (kilobytes on Linux).
enum PeakMemory {
    /// This process's high-water mark after `body`: it includes the Swift runtime and anything an
    /// earlier workload left resident, so it is an upper bound for the body alone.
    static func ofSelf(_ body: () throws -> Void) rethrows -> Int {
        try body()
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
