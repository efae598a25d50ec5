import Foundation
import Glibc
import TestSupport
import XCTest

/// `audit commit` returns once its revision is stored and leaves the findings to a detached
/// recorder. A reader run the moment the commit returns waits for that recorder; a recorder
/// killed at any moment leaves a sound store whose readers print, on stdout, exactly what they
/// print after a commit that recorded its findings before returning (the killed one's record
/// is computed at the first read, with today's one-line warning for a missing record).
final class KilledRecorderTests: FaultWorkspace {
    static let kills = 6
    /// Readers whose output holds no time or commit id (a JSON run gives each checker's seconds).
    static let readers = [["findings", "2021"], ["findings", "2021", "--baseline", "2020", "--format", "csv"], ["summary"]]
    static let missingRecordWarning = "audit: warning: no findings recorded for 2021@1; recomputed and recorded them"

    /// What the readers print after commits whose recorders were waited for (the synchronous outcome).
    private func expectedOutputs() throws -> [Data] {
        try commitPair(in: workspace, awaitingRecorder: true)
        return try Self.readers.map { arguments in
            let result = try audit(arguments)
            XCTAssertEqual(result.stderr, "", "\(arguments)")
            return result.stdout
        }
    }

    func testReadersRightAfterTheCommitReturnsSeeTheRecordedFindingsWithoutAWarning() throws {
        let expected = try expectedOutputs()
        let other = try freshWorkspace("pending")
        let committed = try commitPair(in: other, awaitingRecorder: false)
        XCTAssertEqual(committed, 0)
        for (arguments, output) in zip(Self.readers, expected) {
            let result = try run(arguments, in: other)
            XCTAssertEqual(result.stderr, "", "\(arguments): a pending record is waited for, not recomputed")
            XCTAssertEqual(result.output, String(decoding: output, as: UTF8.self), "\(arguments)")
        }
    }

    func testKillingTheRecorderAtAnyMomentLeavesReadersTheSynchronousOutput() throws {
        let expected = try expectedOutputs()
        let window = try recorderDuration()
        var killedBeforeRecording = 0
        for kill in 0..<Self.kills {
            let other = try freshWorkspace("kill-\(kill)")
            let delay = window * 1.2 * Double(kill) / Double(Self.kills - 1)
            let context = "kill \(kill) at \(String(format: "%.3f", delay)) s of a \(String(format: "%.3f", window)) s recorder"
            let committed = try commitPair(in: other, awaitingRecorder: false) { recorder in
                usleep(useconds_t(delay * 1_000_000))
                Glibc.kill(recorder, SIGKILL)
            }
            XCTAssertEqual(committed, 0, context)
            Self.awaitRecorder(store: other.appendingPathComponent("store.git"))
            XCTAssertEqual(try runGit(["fsck", "--strict"], in: other.appendingPathComponent("store.git")).status, 0, context)
            for (index, (arguments, output)) in zip(Self.readers, expected).enumerated() {
                let result = try run(arguments, in: other)
                XCTAssertEqual(result.status, 0, "\(context), \(arguments): \(result.stderr)")
                XCTAssertEqual(result.output, String(decoding: output, as: UTF8.self), "\(context), \(arguments)")
                if index == 0, !result.stderr.isEmpty { killedBeforeRecording += 1 }
                XCTAssertTrue(result.stderr.isEmpty || (index == 0 && result.stderr == Self.missingRecordWarning + "\n"), "\(context), \(arguments): \(result.stderr)")
            }
        }
        XCTAssertGreaterThan(killedBeforeRecording, 0, "the first kill, at 0 s, must land before the record is written")
    }

    // MARK: - Helpers

    private func freshWorkspace(_ name: String) throws -> URL {
        let directory = root.appendingPathComponent(name).appendingPathComponent("workspace")
        XCTAssertEqual(try run(["init"], in: directory).status, 0)
        return directory
    }

    private func run(_ arguments: [String], in directory: URL) throws -> AuditResult {
        try AuditBinary.run(arguments + ["--workspace", directory.path], in: root, scratch: root)
    }

    /// Commits 2020, then 2021, and returns the 2021 commit's exit status once that process
    /// has exited (its recorder waited for too when `awaitingRecorder`); `whileRecording` gets
    /// the pid of 2021's recorder when it is still running.
    @discardableResult
    private func commitPair(in directory: URL, awaitingRecorder: Bool, whileRecording: ((pid_t) -> Void)? = nil) throws -> Int32 {
        let previous = packageRoot.appendingPathComponent("reports/shanwei-zsj/2020.txt")
        XCTAssertEqual(try run(["commit", "2020", previous.path], in: directory).status, 0)
        let status = try Self.spawnAndWait(["commit", "2021", sampleReport.path, "--workspace", directory.path])
        if let whileRecording, let recorder = Self.recorder(of: directory) { whileRecording(recorder) }
        if awaitingRecorder { Self.awaitRecorder(store: directory.appendingPathComponent("store.git")) }
        return status
    }

    /// Foundation's `Process` learns that its child ended from a socket the child inherits, and
    /// so does the recorder, so `waitUntilExit` would wait for the recorder too; a shell waits
    /// for the process alone, as this does (posix_spawn, then waitpid).
    private static func spawnAndWait(_ arguments: [String]) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let binary = try AuditBinary.url().path
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let environment = AuditBinary.english(ProcessInfo.processInfo.environment).filter { !$0.key.hasPrefix("AUDIT_") }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
    }

    /// How long 2021's recorder runs after its commit returned.
    private func recorderDuration() throws -> TimeInterval {
        let other = try freshWorkspace("timed")
        try commitPair(in: other, awaitingRecorder: false)
        let started = Date()
        Self.awaitRecorder(store: other.appendingPathComponent("store.git"))
        return Date().timeIntervalSince(started)
    }

    /// The recorder is a fork of `audit commit`, so it has the command's arguments; of the
    /// processes with them (its checkers' children are forks of it too) the one whose parent
    /// is not among them.
    private static func recorder(of directory: URL) -> pid_t? {
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        let matching = processes.compactMap { Int32($0) }.filter { pid in
            // /proc files report a size of 0, so they are read to their end, not by their size.
            guard let data = FileHandle(forReadingAtPath: "/proc/\(pid)/cmdline")?.readDataToEndOfFile() else { return false }
            let arguments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return arguments.dropFirst().first == "commit" && arguments.contains(directory.path)
        }
        return matching.first { !matching.contains(parent(of: $0) ?? -1) }
    }

    private static func parent(of pid: pid_t) -> pid_t? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: end)...].split(separator: " ").dropFirst().first.flatMap { Int32($0) }
    }

    /// Takes the recorders' lease file exclusively, as `audit`'s readers do, then lets it go.
    private static func awaitRecorder(store: URL) {
        let descriptor = open(store.appendingPathComponent("audit-recording.lock").path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_EX)
        close(descriptor)
    }
}
