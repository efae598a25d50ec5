import Foundation
import TestSupport
import XCTest

/// The sample report with markup appended to the first line a finding cites, so that the
/// finding's page quotes it.
enum HostileReport {
    static let payload = "<script>alert(\"pwned\")</script><img src=x onerror=alert(1)>"

    static func write(in root: URL) throws -> URL {
        var lines = try String(contentsOf: sampleReport, encoding: .utf8).components(separatedBy: "\n")
        lines[try citedLine(of: sampleReport, root: root) - 1] += payload
        let hostile = root.appendingPathComponent("hostile.txt")
        try lines.joined(separator: "\n").write(to: hostile, atomically: true, encoding: .utf8)
        return hostile
    }

    /// The first line a finding of the unchanged report cites, found by the CLI on a scratch workspace.
    private static func citedLine(of report: URL, root: URL) throws -> Int {
        let scratch = root.appendingPathComponent("scratch-\(UUID().uuidString)")
        XCTAssertEqual(try AuditBinary.run(["init", "--workspace", scratch.path], in: root, scratch: root).status, 0)
        XCTAssertEqual(try AuditBinary.run(["commit", "x", report.path, "--workspace", scratch.path], in: root, scratch: root).status, 0)
        let json = try AuditBinary.run(["findings", "x", "--format", "json", "--workspace", scratch.path], in: root, scratch: root)
        let object = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
        let findings = try XCTUnwrap(object?["findings"] as? [[String: Any]], json.output)
        let lines = findings.compactMap { (($0["locations"] as? [[String: Any]])?.first?["span"] as? [String: Any])?["startLine"] as? Int }
        return try XCTUnwrap(lines.first)
    }
}
