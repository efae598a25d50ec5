import Foundation

/// What a finished `audit` process left behind.
public struct AuditResult {
    public let status: Int32
    public let stdout: Data
    public let stderr: String

    public var output: String { String(decoding: stdout, as: UTF8.self) }
    public var stderrLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast() }
}

public struct AuditBinaryMissing: Error, CustomStringConvertible {
    let directory: URL
    public var description: String { "no audit executable in \(directory.path); SwiftPM builds it beside the test bundle" }
}

/// The `audit` executable SwiftPM built into the same directory as this test bundle.
public enum AuditBinary {
    public static func url() throws -> URL {
        let buildDirectory = Bundle.main.bundleURL
        let binary = buildDirectory.appendingPathComponent("audit")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw AuditBinaryMissing(directory: buildDirectory) }
        return binary
    }

    /// Starts `audit` with its output going to files in `scratch`, so neither pipe can fill up and block it.
    public static func start(
        _ arguments: [String], environment: [String: String] = [:], in directory: URL, scratch: URL
    ) throws -> (process: Process, stdout: URL, stderr: URL) {
        let process = Process()
        process.executableURL = try url()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Tests decide the author and workspace themselves; the caller's environment must not leak in.
        var inherited = ProcessInfo.processInfo.environment
        inherited["AUDIT_WORKSPACE"] = nil
        inherited["AUDIT_AUTHOR"] = nil
        process.environment = AuditBinary.english(inherited).merging(environment) { $1 }
        let stdout = scratch.appendingPathComponent("stdout-\(UUID().uuidString)")
        let stderr = scratch.appendingPathComponent("stderr-\(UUID().uuidString)")
        try Data().write(to: stdout)
        try Data().write(to: stderr)
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        return (process, stdout, stderr)
    }

    public static func finish(_ started: (process: Process, stdout: URL, stderr: URL)) throws -> AuditResult {
        started.process.waitUntilExit()
        let result = AuditResult(
            status: started.process.terminationStatus,
            stdout: try Data(contentsOf: started.stdout),
            stderr: String(decoding: try Data(contentsOf: started.stderr), as: UTF8.self)
        )
        try FileManager.default.removeItem(at: started.stdout)
        try FileManager.default.removeItem(at: started.stderr)
        return result
    }

    public static func run(
        _ arguments: [String], environment: [String: String] = [:], in directory: URL, scratch: URL
    ) throws -> AuditResult {
        try finish(try start(arguments, environment: environment, in: directory, scratch: scratch))
    }

    /// The environment with the locale set to English: output is in Chinese under a `zh_*`
    /// locale, so a test that expects English must not inherit the caller's. A test of the
    /// Chinese interface sets the locale variables itself.
    public static func english(_ environment: [String: String]) -> [String: String] {
        var english = environment
        english["LC_ALL"] = nil
        english["LC_MESSAGES"] = nil
        english["LANG"] = "C.UTF-8"
        return english
    }
}
