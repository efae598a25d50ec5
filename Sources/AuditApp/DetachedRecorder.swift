import Foundation
import Glibc

/// Runs a piece of work in a forked child that outlives the command: `audit commit` returns
/// once its revision is stored, and the child records the findings.
///
/// The child starts a session of its own (no terminal's hang-up or Ctrl-C reaches it), reads
/// nothing from stdin, and keeps the command's stdout and stderr, so a warning it prints still
/// goes where the command's output went and a caller reading those pipes to their end has the
/// whole output. It `_exit`s without running the parent's atexit handlers. Whatever lease the
/// parent held (`Workspace.recordingLease`) the child holds too, until it exits.
enum DetachedRecorder {
    /// False when the child could not be started; the caller then does the work itself.
    static func start(_ work: () -> Void) -> Bool {
        fflush(stdout)
        fflush(stderr)
        let pid = fork()
        guard pid == 0 else { return pid > 0 }
        setsid()
        let null = open("/dev/null", O_RDONLY)
        if null >= 0 { dup2(null, STDIN_FILENO) }
        work()
        fflush(stdout)
        fflush(stderr)
        _exit(0)
    }
}
