import Foundation
import Glibc
import XCTest

/// The package's root directory, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let sampleReport = packageRoot.appendingPathComponent("reports/shanwei-zsj/2021.txt")

/// A fresh directory per test, removed when the test ends.
func makeTemporaryDirectory(for test: XCTestCase) throws -> URL {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("CLITests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
    return directory
}

@discardableResult
func writeFile(_ bytes: Data, named name: String, in directory: URL) throws -> URL {
    let url = directory.appendingPathComponent(name)
    try bytes.write(to: url)
    return url
}

/// Every file and directory under `directory` with its bytes: equal snapshots mean nothing changed.
func snapshot(of directory: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isDirectoryKey]) else {
        return files
    }
    for case let url as URL in enumerator {
        let relative = String(url.path.dropFirst(directory.path.count))
        let isDirectory = try url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory ?? false
        files[relative] = isDirectory ? Data("<dir>".utf8) : try Data(contentsOf: url)
    }
    return files
}

/// Runs the git command-line tool, the tests' independent judge of what the store holds.
@discardableResult
func runGit(_ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = directory
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
}

/// `text` encoded as GB18030 by glibc's iconv, independently of the decoder under test.
func gb18030(_ text: String) throws -> Data {
    let converter = iconv_open("GB18030", "UTF-8")
    guard let converter, converter != iconv_t(bitPattern: -1) else { throw POSIXError(.EINVAL) }
    defer { iconv_close(converter) }
    var input = Array(text.utf8CString.dropLast())
    var output = [CChar](repeating: 0, count: input.count * 2 + 16)
    let written: Int = input.withUnsafeMutableBufferPointer { inputBuffer in
        output.withUnsafeMutableBufferPointer { outputBuffer in
            var inputPointer = inputBuffer.baseAddress
            var inputLeft = inputBuffer.count
            var outputPointer = outputBuffer.baseAddress
            var outputLeft = outputBuffer.count
            guard iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft) != -1 else { return -1 }
            return outputBuffer.count - outputLeft
        }
    }
    guard written >= 0 else { throw POSIXError(.EILSEQ) }
    return Data(output[..<written].map { UInt8(bitPattern: $0) })
}
