import Foundation

/// Runs a tool installed on the machine (git, python3, sarif, pdftotext, chromium), an
/// independent judge of what `audit` wrote, and captures what it prints: standard output,
/// followed by standard error unless `mergingErrors` is false (then it is discarded).
public struct ExternalCommand {
    public var status: Int32
    public var output: String

    public static func run(_ arguments: [String], in directory: URL? = nil, mergingErrors: Bool = true) throws -> ExternalCommand {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = mergingErrors ? pipe : FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ExternalCommand(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
