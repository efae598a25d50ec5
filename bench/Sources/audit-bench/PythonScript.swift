import Foundation

/// A peer's side of a workload: a script beside bench/run, run by python3, its stdout returned.
/// Its timings are taken inside Python, so interpreter start-up is not counted against it.
enum PythonScript {
    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    static func run(_ name: String, _ arguments: [String]) throws -> Data {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(name).path
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(description: "python3 \(name) failed (its peer installed?)") }
        return data
    }
}
