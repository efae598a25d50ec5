import CChildProcess
import Foundation
import Glibc

/// Runs one external checker's command: its stdin a sealed in-memory file, its stdout and
/// stderr drained with `poll` until they close, so a large answer cannot fill a pipe and
/// block it. It leads a process group of its own, which is killed whole when the deadline
/// passes, when stdout outgrows its cap, and after the leader ends (so nothing it started
/// lives on); the leader is always reaped. In the child the kernel enforces the CPU and
/// address-space limits, and SIGKILL when the engine's thread dies.
struct ExternalProcess {
    /// Far beyond any real answer (the sample's model is 2 MB); a checker printing without end
    /// is stopped here.
    static let outputLimit = 16 << 20
    private static let diagnosticsLimit = 64 * 1024

    var limits: ChildLimits

    struct Outcome {
        var output: Data
        var diagnostics: String
        var exit: ChildExit
    }

    func run(_ command: [String], in directory: URL, stdin: Int32) -> Outcome {
        let output = PipeEnds(closeOnExec: true), diagnostics = PipeEnds(closeOnExec: true)
        defer {
            close(output.readEnd)
            close(diagnostics.readEnd)
        }
        var spawnLimits = audit_spawn_limits(
            stdin_fd: stdin, stdout_fd: output.writeEnd, stderr_fd: diagnostics.writeEnd,
            cpu_seconds: UInt(clamping: limits.timeoutSeconds) &+ 1,
            memory_bytes: UInt64(clamping: min(limits.memoryMegabytes, 1 << 40)) << 20
        )
        var error: Int32 = 0
        let pid = spawn(command, in: directory, limits: &spawnLimits, error: &error)
        close(output.writeEnd)
        close(diagnostics.writeEnd)
        guard pid > 0 else {
            let reason = "could not run '\(command[0])': \(String(cString: strerror(error)))"
            return Outcome(output: Data(), diagnostics: reason, exit: .couldNotStart)
        }
        return collect(pid: pid, output: output.readEnd, diagnostics: diagnostics.readEnd)
    }

    private func spawn(_ command: [String], in directory: URL, limits: inout audit_spawn_limits, error: inout Int32) -> pid_t {
        let arguments = command.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        return arguments.map { UnsafePointer($0) }.withUnsafeBufferPointer { argv in
            audit_spawn(argv.baseAddress, directory.path, &limits, &error)
        }
    }

    private func collect(pid: pid_t, output: Int32, diagnostics: Int32) -> Outcome {
        var readers = [PipeReader(fd: output, limit: Self.outputLimit), PipeReader(fd: diagnostics, limit: Self.diagnosticsLimit)]
        let deadline = Date().addingTimeInterval(TimeInterval(limits.timeoutSeconds))
        var stopped: ChildExit?
        while stopped == nil, readers.contains(where: { !$0.closed }) {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else {
                stopped = .timedOut(seconds: limits.timeoutSeconds)
                break
            }
            PipeReader.poll(&readers, timeoutMilliseconds: Int32(min(remaining * 1000, 1000)))
            if readers[0].overflowed { stopped = .outputTooLarge(limit: Self.outputLimit) }
        }
        if stopped == nil, !waitForEnd(of: pid, until: deadline) { stopped = .timedOut(seconds: limits.timeoutSeconds) }
        // The leader is not reaped yet, so the group id still names this group alone.
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return Outcome(output: readers[0].data, diagnostics: String(decoding: readers[1].data, as: UTF8.self), exit: stopped ?? ChildExit(waitStatus: status))
    }

    /// A leader that closed its output may still be running: it gets until the deadline.
    private func waitForEnd(of pid: pid_t, until deadline: Date) -> Bool {
        while deadline.timeIntervalSinceNow > 0 {
            if audit_child_has_ended(pid) != 0 { return true }
            usleep(5_000)
        }
        return false
    }
}
