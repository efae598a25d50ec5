/// How a forked child ended, as far as the parent can tell.
enum ChildExit: Equatable {
    case exited(code: Int32)
    case signalled(signal: Int32)
    case timedOut(seconds: Int)
    /// An external checker's stdout passed its cap; the checker was killed.
    case outputTooLarge(limit: Int)
    /// An external checker's command could not be run (no such program, a directory).
    case couldNotStart

    /// Decodes a `waitpid` status (the WIFEXITED / WIFSIGNALED macros are not imported into Swift).
    init(waitStatus status: Int32) {
        let signal = status & 0x7f
        self = signal == 0 ? .exited(code: (status >> 8) & 0xff) : .signalled(signal: signal)
    }

    var isClean: Bool { self == .exited(code: 0) }
}
