import CChildProcess
import Foundation
import Glibc

/// Runs a piece of work in a forked child so that a trap (fatalError, index out of range),
/// which Swift cannot catch in-process, or an endless loop ends only the child.
///
/// The child writes the work's bytes to one pipe and its stdout/stderr to another, then
/// `_exit`s without running the parent's atexit handlers. The parent drains both pipes with
/// `poll` until they close, so a large result cannot fill a pipe and deadlock the child, and
/// kills the child once the deadline passes; only then does it `waitpid`.
///
/// The child dies with the thread that forked it (PR_SET_PDEATHSIG), so a `kill -9` of the
/// command cannot leave a checker running on; and it carries its own CPU and memory limits.
struct ForkedExecution {
    var limits: ChildLimits

    struct Outcome {
        var output: Data
        /// What the child printed: a trap's "Fatal error: …" line ends up here.
        var diagnostics: String
        var exit: ChildExit
    }

    private static let diagnosticsLimit = 64 * 1024

    func run(_ work: () -> Data) -> Outcome {
        let output = PipeEnds(), diagnostics = PipeEnds()
        fflush(stdout)
        fflush(stderr)
        let parent = getpid()
        let pid = fork()
        if pid == 0 {
            runChild(work, parent: parent, output: output, diagnostics: diagnostics)
        }
        close(output.writeEnd)
        close(diagnostics.writeEnd)
        guard pid > 0 else {
            close(output.readEnd)
            close(diagnostics.readEnd)
            return Outcome(output: Data(), diagnostics: "fork failed: \(String(cString: strerror(errno)))", exit: .exited(code: -1))
        }
        return collect(pid: pid, output: output.readEnd, diagnostics: diagnostics.readEnd)
    }

    private func runChild(_ work: () -> Data, parent: pid_t, output: PipeEnds, diagnostics: PipeEnds) -> Never {
        if audit_child_die_with_parent(parent) != 0 { _exit(4) }
        limits.apply()
        close(output.readEnd)
        close(diagnostics.readEnd)
        dup2(diagnostics.writeEnd, STDOUT_FILENO)
        dup2(diagnostics.writeEnd, STDERR_FILENO)
        let data = work()
        let written = FileDescriptorIO.writeAll(data, to: output.writeEnd)
        _exit(written ? 0 : 3)
    }

    private func collect(pid: pid_t, output: Int32, diagnostics: Int32) -> Outcome {
        var readers = [PipeReader(fd: output, limit: nil), PipeReader(fd: diagnostics, limit: Self.diagnosticsLimit)]
        let deadline = Date().addingTimeInterval(TimeInterval(limits.timeoutSeconds))
        var timedOut = false
        while readers.contains(where: { !$0.closed }) {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else {
                timedOut = true
                kill(pid, SIGKILL)
                break
            }
            PipeReader.poll(&readers, timeoutMilliseconds: Int32(min(remaining * 1000, 1000)))
        }
        readers.forEach { close($0.fd) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exit = timedOut ? ChildExit.timedOut(seconds: limits.timeoutSeconds) : ChildExit(waitStatus: status)
        return Outcome(output: readers[0].data, diagnostics: String(decoding: readers[1].data, as: UTF8.self), exit: exit)
    }
}
