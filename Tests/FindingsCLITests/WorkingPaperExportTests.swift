import Foundation
import TestSupport
import XCTest

/// `audit findings --format csv|xlsx` read back by Python's csv and by openpyxl: every cell
/// of every row is compared with what the JSON findings of the same ref and the stored text
/// say it must be (Judges/working_paper.py computes the expected cells from those alone).
final class WorkingPaperExportTests: CLIWorkspace {
    private static let judge = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Judges/working_paper.py")

    /// Exports `arguments` as CSV and XLSX and has the judge compare both with the JSON; returns the CSV's bytes.
    @discardableResult
    private func assertExportsMatch(_ arguments: [String], findings: Int, line: UInt = #line) throws -> Data {
        let json = try audit(["findings"] + arguments + ["--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr, line: line)
        let document = root.appendingPathComponent("findings.json"), text = root.appendingPathComponent("text.txt")
        try Data(json.stdout.utf8).write(to: document)
        try Data(try audit(["show", arguments[0]]).stdout.utf8).write(to: text)
        let count = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])["findings"] as? [Any]
        XCTAssertEqual(count?.count, findings, line: line)
        for format in ["csv", "xlsx"] {
            let export = root.appendingPathComponent("findings.\(format)")
            let written = try audit(["findings"] + arguments + ["--format", format, "-o", export.path])
            XCTAssertEqual(written.status, 0, written.stderr, line: line)
            let judged = try ExternalCommand.run(["python3", Self.judge.path, format, export.path, document.path, text.path])
            XCTAssertEqual(judged.status, 0, "\(format): \(judged.output)", line: line)
            XCTAssertEqual(judged.output, "\(findings) rows\n", format, line: line)
        }
        return try Data(contentsOf: root.appendingPathComponent("findings.csv"))
    }

    func testEveryCellOfTheSeedAgainstItsBaselineWithATriagedFindingReadsBack() throws {
        try commitFile("2020", "reports/shanwei-zsj/2020.txt")
        try commitFile("2021", "reports/shanwei-zsj/2021.txt")
        let id = "a90695e657"
        let triage = try audit(["triage", id, "--status", "false-positive", "--reason", "=按规定, \"口径\"不同", "--reviewer", "李伟 <li@example.org>"])
        XCTAssertEqual(triage.status, 0, triage.stderr)
        // SampleExpectationTests pin the seed's findings: 89 against 2020, absent ones included.
        let csv = try assertExportsMatch(["2021", "--baseline", "2020"], findings: 89)
        let text = String(decoding: csv, as: UTF8.self)
        let row = try XCTUnwrap(text.components(separatedBy: "\r\n").first { $0.hasPrefix(id) })
        XCTAssertTrue(row.hasSuffix(",unchanged,false-positive,李伟 <li@example.org>,\"'=按规定, \"\"口径\"\"不同\""), row)
        XCTAssertTrue(row.contains(",2021,2021@1,total-reconciliation.enumeration,error,,2795,"), row)
    }

    func testAPDFsFindingsCarryTheirPages() throws {
        try commitFile("czj-2024", "reports/shanghai-putuo/caizhengju-2024.pdf")
        let csv = String(decoding: try assertExportsMatch(["czj-2024"], findings: 19), as: UTF8.self)
        // The restatement of 表1's total as 0.3 万元 is printed on p. 21, line 391 (the review page's example).
        XCTAssertTrue(csv.contains(",czj-2024@1,total-reconciliation.restatement,error,21,391,"), csv)
    }

    func testSeveralRevisionsMakeOneSheetInTheOrderGiven() throws {
        try commitFile("2021", "reports/shanwei-zsj/2021.txt")
        try commitFile("czj-2024", "reports/shanghai-putuo/caizhengju-2024.pdf")
        func csv(_ refs: [String]) throws -> [String] {
            let result = try audit(["findings"] + refs + ["--format", "csv"])
            XCTAssertEqual(result.status, 0, result.stderr)
            return result.stdout.components(separatedBy: "\r\n")
        }
        let seed = try csv(["2021"]), pdf = try csv(["czj-2024"])
        XCTAssertEqual(try csv(["2021", "czj-2024"]), seed.dropLast() + pdf.dropFirst())
        // A header, a row per finding (43 for the seed with no 2020 to compare with), and the empty string after the last line end.
        XCTAssertEqual([seed.count, pdf.count], [43 + 2, 19 + 2])
        let several = try audit(["findings", "2021", "czj-2024"])
        XCTAssertEqual(several.status, 2)
        XCTAssertEqual(several.stderr, "audit: only csv and xlsx take several revisions\n")
    }

    /// `script` (util-linux) gives the command a terminal for its standard output.
    func testXLSXIsNotWrittenToATerminalAndAnUnknownFormatIsRefused() throws {
        try commitFile("2021", "reports/shanwei-zsj/2021.txt")
        let binary = Bundle.main.bundleURL.appendingPathComponent("audit").path
        let command = "\(binary) --workspace \(workspace.path) findings 2021 --format xlsx"
        let onTerminal = try ExternalCommand.run(["script", "-qec", command, "/dev/null"])
        XCTAssertEqual(onTerminal.status, 2, onTerminal.output)
        XCTAssertEqual(onTerminal.output, "audit: xlsx is a binary file: give --output FILE or pipe it\r\n")
        let refused = try audit(["findings", "2021", "--format", "ods"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("- csv\\n  - xlsx"), refused.stderr)
    }
}
