import Foundation
import Glibc
import XCTest

/// A fresh directory per test, removed when the test ends.
func makeTemporaryDirectory(for test: XCTestCase) throws -> URL {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("AuditStoreTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
    return directory
}

/// Writes `bytes` to `name` inside `directory` and returns its URL.
func writeFile(_ bytes: Data, named name: String, in directory: URL) throws -> URL {
    let url = directory.appendingPathComponent(name)
    try bytes.write(to: url)
    return url
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

/// A two-section report in Chinese, the shape of text the store receives.
let sampleReportText = """
第一部分：概况
一、部门主要职责
    负责全市政务服务数据管理。

第二部分：决算表
表1 收入支出决算总表 单位：万元
本年收入合计 20,864.64

"""

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
