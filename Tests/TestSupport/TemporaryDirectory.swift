import Foundation
import XCTest

/// A fresh directory per test, removed when the test ends.
public func makeTemporaryDirectory(for test: XCTestCase) throws -> URL {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("\(type(of: test))-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
    return directory
}

/// Writes `bytes` to `name` inside `directory` and returns its URL.
@discardableResult
public func writeFile(_ bytes: Data, named name: String, in directory: URL) throws -> URL {
    let url = directory.appendingPathComponent(name)
    try bytes.write(to: url)
    return url
}

/// Every file and directory under `directory` with its bytes: equal snapshots mean nothing changed.
public func snapshot(of directory: URL) throws -> [String: Data] {
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
