import Glibc

/// Peak resident set size, from getrusage's ru_maxrss (kilobytes on Linux).
enum PeakMemory {
    /// This process's high-water mark after `body`: it includes the Swift runtime and anything an
    /// earlier workload left resident, so it is an upper bound for the body alone.
    static func ofSelf(_ body: () throws -> Void) rethrows -> Int {
        try body()
        return ofSelfSoFar
    }

    /// This process's high-water mark until now, e.g. right after a timed workload.
    static var ofSelfSoFar: Int { maxRSS(RUSAGE_SELF) }

    /// As `ofSelf`, or the largest child waited for so far (the engine forks one per checker),
    /// whichever is larger.
    static func ofSelfAndChildren(_ body: () throws -> Void) rethrows -> Int {
        try body()
        return max(maxRSS(RUSAGE_SELF), maxRSS(RUSAGE_CHILDREN))
    }

    private static func maxRSS(_ who: __rusage_who) -> Int {
        var usage = rusage()
        getrusage(who.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
