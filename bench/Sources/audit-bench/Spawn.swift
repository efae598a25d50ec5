import Foundation
import Glibc

/// Runs a program and waits for it, output discarded, with posix_spawn: Foundation's `Process`
/// adds tens of milliseconds per launch, which would be counted against a baseline that takes
/// a few. The child is reaped with wait4, which gives its own peak memory;
/// getrusage(RUSAGE_CHILDREN) keeps only the largest child ever waited for.
enum Spawn {
    struct Run {
        let seconds: Double
        /// ru_maxrss of this child, in bytes.
        let peakMemory: Int
    }

    /// Fails unless the program exits with one of `acceptedStatuses` (`git diff` exits 1 when
    /// the files differ).
    @discardableResult
    static func run(_ arguments: [String], acceptedStatuses: Set<Int32> = [0]) throws -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw SpawnFailed(program: arguments[0], status: spawned) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
        guard acceptedStatuses.contains(exitStatus) else { throw SpawnFailed(program: arguments.prefix(2).joined(separator: " "), status: exitStatus) }
        return Run(seconds: seconds, peakMemory: usage.ru_maxrss * 1024)
    }

    /// Whether `program` runs here, so a missing peer is reported rather than failed on.
    static func isInstalled(_ program: String) -> Bool {
        (try? run([program, "--version"])) != nil
    }
}

struct SpawnFailed: Error, CustomStringConvertible {
    let program: String
    let status: Int32
    var description: String { "\(program) failed: status \(status)" }
}
