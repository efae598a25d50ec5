import Glibc

/// The two ends of a `pipe(2)`; -1 each when it failed.
struct PipeEnds {
    let readEnd: Int32
    let writeEnd: Int32

    /// Close-on-exec ends stay out of the programs other children exec.
    init(closeOnExec: Bool = false) {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) != 0 { ends = [-1, -1] }
        if closeOnExec { ends.filter { $0 >= 0 }.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) } }
        readEnd = ends[0]
        writeEnd = ends[1]
    }
}
