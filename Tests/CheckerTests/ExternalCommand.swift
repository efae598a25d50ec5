import Foundation

/// Runs a tool installed on the machine (python3, sarif) and captures what it prints.
struct ExternalCommand {
    var status: Int32
    var output: String

    static func run(_ arguments: [String]) throws -> ExternalCommand {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ExternalCommand(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
