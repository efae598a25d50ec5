import Foundation

/// Runs a tool installed on the machine (git, python3, sarif, pdftotext, chromium), an
/// independent judge of what `audit` wrote, and captures what it prints: standard output,
/// followed by standard error unless `mergingErrors` is false (then it is discarded).
public struct ExternalCommand {
    public var status: Int32
    public var output: String
    /// What the command wrote to stderr when it was not merged into `output`.
    public var errors = ""

    public static func run(_ arguments: [String], in directory: URL? = nil, mergingErrors: Bool = true) throws -> ExternalCommand {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        // A file, not a second pipe: a command filling both pipes would wait on the one not read.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        defer { try? errorHandle.close() }
        process.standardError = mergingErrors ? pipe : errorHandle
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errors = mergingErrors ? "" : String(decoding: (try? Data(contentsOf: errorFile)) ?? Data(), as: UTF8.self)
        return ExternalCommand(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self), errors: errors)
    }

    /// Validates the JSON document in `file` against the JSON Schema in `schema` with Python's
    /// jsonschema, an implementation independent of ours; prints "valid" or the first error.
    public static func validate(_ file: URL, against schema: URL) throws -> ExternalCommand {
        let script = "import json,jsonschema,sys; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print('valid')"
        return try run(["python3", "-c", script, file.path, schema.path])
    }
}
