import Foundation

/// Runs a tool installed on the machine (python3, sarif) and captures what it prints.
public struct ExternalCommand {
    public var status: Int32
    public var output: String

    public static func run(_ arguments: [String]) throws -> ExternalCommand {
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

    /// Validates the JSON document in `file` against the JSON Schema in `schema` with Python's
    /// jsonschema, an implementation independent of ours; prints "valid" or the first error.
    public static func validate(_ file: URL, against schema: URL) throws -> ExternalCommand {
        let script = "import json,jsonschema,sys; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print('valid')"
        return try run(["python3", "-c", script, file.path, schema.path])
    }
}
