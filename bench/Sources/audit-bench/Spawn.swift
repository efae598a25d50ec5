import Foundation
import Glibc

/// Runs a program and waits for it, output discarded, with posix_spawn: Foundation's `Process`
/// adds tens of milliseconds per launch, which would be counted against a baseline that takes
/// a few.
enum Spawn {
    /// Fails unless the program exits with one of `acceptedStatuses` (`git diff` exits 1 when
    /// the files differ).
    static func run(_ arguments: [String], acceptedStatuses: Set<Int32> = [0]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw SpawnFailed(program: arguments[0], status: spawned) }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
        guard acceptedStatuses.contains(exitStatus) else { throw SpawnFailed(program: arguments[0], status: exitStatus) }
    }
}

struct SpawnFailed: Error, CustomStringConvertible {
    let program: String
    let status: Int32
    var description: String { "\(program) failed: status \(status)" }
}
