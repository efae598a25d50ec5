import Foundation
import TestSupport
import XCTest

/// A season in one workspace: three departments × two years stored by one `commit --batch`,
/// then `audit summary` over them. The Shanghai PDFs' covers say 2024, so the map gives each
/// copy its year; the seed's constructed 2020 prints "2021 年度" like the seed, so the map
/// gives it 2020.
final class SeasonTests: WorkspaceTestCase {
    private var folder: URL!
    private var map: URL!

    static let caizhengju = "上海市普陀区财政局"
    static let shehui = "中共上海市普陀区委社会工作部"

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = root.appendingPathComponent("season")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copies = [
            ("zsj-2021.txt", sampleReport),
            ("zsj-2020.txt", packageRoot.appendingPathComponent("reports/shanwei-zsj/2020.txt")),
            ("czj-a.pdf", ShanghaiReports.pdf("caizhengju-2024")), ("czj-b.pdf", ShanghaiReports.pdf("caizhengju-2024")),
            ("sgb-a.pdf", ShanghaiReports.pdf("shehui-gongzuobu-2024")), ("sgb-b.pdf", ShanghaiReports.pdf("shehui-gongzuobu-2024")),
        ]
        for (name, source) in copies {
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(name))
        }
        // A damaged file among them: a NUL byte makes it binary.
        try writeFile(Data("第一部分 坏文件\u{0}".utf8), named: "broken.txt", in: folder)
        map = try writeFile(Data("""
            \u{FEFF}file,department,year
            zsj-2020.txt,zsj,2020
            zsj-2021.txt,zsj,
            czj-a.pdf,,2023
            czj-b.pdf,,"2024"
            sgb-a.pdf,,2023
            sgb-b.pdf,,2024

            """.utf8), named: "labels.csv", in: root)
    }

    private func batch(_ extra: [String] = []) throws -> AuditResult {
        try audit(["commit", "--batch", folder.path, "--map", map.path] + extra)
    }

    func testDryRunProposesEveryLabelAndLeavesTheStoreByteForByte() throws {
        let before = try snapshot(of: workspace)
        let result = try batch(["--dry-run"])
        XCTAssertEqual(result.status, 1, "the broken file would be skipped: \(result.stderr)")
        XCTAssertEqual(try snapshot(of: workspace), before, "a dry run wrote something")
        let lines = result.output.split(separator: "\n").map(String.init)
        for (file, label) in [("czj-a.pdf", "\(Self.caizhengju)/2023"), ("czj-b.pdf", "\(Self.caizhengju)/2024"),
                              ("sgb-a.pdf", "\(Self.shehui)/2023"), ("zsj-2020.txt", "zsj/2020"), ("zsj-2021.txt", "zsj/2021")] {
            let line = try XCTUnwrap(lines.first { $0.hasPrefix(file + " ") }, result.output)
            XCTAssertTrue(line.contains(" \(label) "), line)
            XCTAssertTrue(line.hasSuffix("would store"), line)
        }
        XCTAssertTrue(result.output.contains("dry run: 6 of 7 files would be stored; nothing stored"), result.output)
    }

    /// Without the map, the cover names each department and year; the two copies of one PDF
    /// and the seed with its constructed 2020 read alike, so none of them is stored.
    func testWithoutTheMapTheCoverNamesEachFileAndFilesReadingAlikeAreSkipped() throws {
        let result = try audit(["commit", "--batch", folder.path, "--dry-run"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.output.contains("czj-a.pdf     上海市普陀区财政局"), result.output)
        XCTAssertTrue(result.output.contains("skipped czj-a.pdf: 上海市普陀区财政局/2024 is also what "), result.output)
        XCTAssertTrue(result.output.contains("skipped zsj-2020.txt: 汕尾市政务服务数据管理局/2021 is also what "), result.output)
        XCTAssertTrue(result.output.contains("dry run: 0 of 7 files would be stored"), result.output)
    }

    func testOneBatchStoresTheSeasonSkippingTheBadFileAndTheSummaryCountsIt() throws {
        let stored = try batch()
        XCTAssertEqual(stored.status, 1, "exit 1: a file was skipped")
        XCTAssertTrue(stored.output.contains("skipped broken.txt: not text: "), stored.output)
        XCTAssertTrue(stored.output.contains("6 stored, 0 unchanged, 1 skipped"), stored.output)
        // The git CLI judges the store: six branches, one revision each, nothing half written.
        let refs = try runGit(["for-each-ref", "--format=%(refname)", "refs/heads/"], in: store)
        XCTAssertEqual(Set(refs.output.split(separator: "\n").map(String.init)), Set([
            "zsj/2020", "zsj/2021", "\(Self.caizhengju)/2023", "\(Self.caizhengju)/2024", "\(Self.shehui)/2023", "\(Self.shehui)/2024",
        ].map { "refs/heads/" + $0 }))
        XCTAssertEqual(try runGit(["fsck", "--strict", "--no-dangling"], in: store).status, 0)
        for label in ["zsj/2020", "\(Self.shehui)/2024"] { XCTAssertEqual(try revisionCount(label), 1) }

        let summary = try audit(["summary", "--format", "json"])
        XCTAssertEqual(summary.status, 0, summary.stderr)
        let rows = try rowsByRevision(summary.stdout)
        XCTAssertEqual(rows.count, 6)

        // The Shanghai PDFs as published: caizhengju-2024 has 2 errors, 0 warnings, 17 notes;
        // shehui-gongzuobu-2024 2 errors, 4 warnings, 11 notes. A 2023 has no previous year.
        try assertRow(rows["\(Self.caizhengju)/2023@1"], (2, 0, 17), previous: nil)
        try assertRow(rows["\(Self.shehui)/2023@1"], (2, 4, 11), previous: nil)
        // The 2024s have the 2023 of their own department, the same bytes: every paragraph is
        // carried over, one run of them, so one note "N paragraphs unchanged since the previous
        // version" more; the same findings otherwise, so that note is the one new finding.
        // (The prior-year claims checker reads 比上年…; these reports write 与2023年度相比…, so it adds nothing.)
        try assertRow(rows["\(Self.caizhengju)/2024@1"], (2, 0, 18), previous: "\(Self.caizhengju)/2023@1", new: 1, fixed: 0)
        try assertRow(rows["\(Self.shehui)/2024@1"], (2, 4, 12), previous: "\(Self.shehui)/2023@1", new: 1, fixed: 0)

        // The seed alone has 2 errors, 10 warnings, 30 notes. With its 2020: the claim
        // "一般公共预算财政拨款收入 20,864.64 万元，比上年决算数增加 8,763.77 万元" (lines 1109 and 1160)
        // puts 2020 at 20,864.64 − 8,763.77 = 12,100.87, while the constructed 2020's 表1 keeps the
        // 2021 value 20,864.64 (reports/README.md): two warnings; and a note per run of
        // paragraphs carried over word for word.
        XCTAssertEqual(Decimal(string: "20864.64")! - Decimal(string: "8763.77")!, Decimal(string: "12100.87")!)
        let carriedOver = try findings(of: "zsj/2021", rule: "duplicate-narrative.unchanged-since-previous")
        let claims = try findings(of: "zsj/2021", rule: "prior-year-claims.change-from-last-year")
        XCTAssertEqual(claims.count, 2)
        XCTAssertTrue(claims.allSatisfy { ($0["message"] as? String)?.contains("puts last year at 12100.87 万元, but last year's 表1") == true }, "\(claims)")
        XCTAssertGreaterThan(carriedOver.count, 0)
        let seed = try XCTUnwrap(rows["zsj/2021@1"])
        try assertRow(seed, (2, 11 + 2, 30 + carriedOver.count), previous: "zsj/2020@1")
        // The constructed 2020 has no previous year; its counts are those of the report checked alone.
        try assertRow(rows["zsj/2020@1"], try countsCheckedAlone(packageRoot.appendingPathComponent("reports/shanwei-zsj/2020.txt")), previous: nil)

        let text = try audit(["summary"])
        let total = { (key: String) in rows.values.map { $0[key] as? Int ?? 0 }.reduce(0, +) }
        XCTAssertTrue(text.output.hasSuffix(
            "6 versions of 3 departments: \(total("errors")) errors, \(total("warnings")) warnings, \(total("notes")) notes\n"
        ), text.output)
        let fields = text.output.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        XCTAssertTrue(fields.contains([Self.caizhengju, "2024", "\(Self.caizhengju)/2024@1", "2", "0", "18", "1", "0", "\(Self.caizhengju)/2023@1", "-"]), text.output)
        let log = try audit(["log"])
        let headings = log.output.split(separator: "\n").map(String.init).filter { $0.hasPrefix("department ") }
        XCTAssertEqual(headings, ["department zsj", "department \(Self.caizhengju)", "department \(Self.shehui)"])
    }

    /// A run through the progress lines: piped, they are plain lines, and only after a second.
    func testFreshSummaryChecksEveryRevisionAgainAndAgrees() throws {
        XCTAssertEqual(try batch().status, 1)
        let recorded = try audit(["summary", "--format", "json"])
        let fresh = try audit(["summary", "--format", "json", "--fresh"])
        XCTAssertEqual(fresh.status, 0, fresh.stderr)
        XCTAssertEqual(try rowsByRevision(fresh.stdout) as NSDictionary, try rowsByRevision(recorded.stdout) as NSDictionary)
        for line in fresh.stderrLines {
            XCTAssertTrue(line.hasPrefix("checked ") && line.contains("/6 "), "\(line)")
        }
    }

    /// On a terminal (a pty from util-linux `script`) progress is a bar redrawn in place on
    /// stderr, cleared before the table.
    func testProgressIsABarOnATerminal() throws {
        XCTAssertEqual(try batch().status, 1)
        // At once rather than after a second: the checks may be quicker than that on a fast machine.
        let command = "AUDIT_PROGRESS_AFTER=0 " + [try AuditBinary.url().path, "summary", "--fresh", "--workspace", workspace.path].map { "'\($0)'" }.joined(separator: " ")
        let run = try ExternalCommand.run(["script", "-qec", command, "/dev/null"])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("\r\u{1B}[K[" + String(repeating: "#", count: 30) + "] 6/6 "), run.output)
        XCTAssertTrue(run.output.contains("\r\u{1B}[KDEPARTMENT"), "the bar is cleared before the table: \(run.output)")
        XCTAssertFalse(run.output.contains("checked "), "no plain lines on a terminal")
    }

    /// A file that fails when it is stored, not when it is read: `zsj` exists as a version of
    /// its own, so `zsj/2020` and `zsj/2021` clash with it and are skipped with that reason,
    /// while the four PDFs are stored; the store holds no trace of the two.
    func testAFileFailingAtCommitIsSkippedAndTheOthersAreStored() throws {
        try commit("zsj", sampleReport)
        let result = try batch()
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.output.contains("skipped zsj-2020.txt: version label 'zsj/2020' clashes with version 'zsj'"), result.output)
        XCTAssertTrue(result.output.contains("skipped zsj-2021.txt: version label 'zsj/2021' clashes with version 'zsj'"), result.output)
        XCTAssertTrue(result.output.contains("4 stored, 0 unchanged, 3 skipped"), result.output)
        let refs = try runGit(["for-each-ref", "--format=%(refname)"], in: store).output
        XCTAssertFalse(refs.contains("zsj/"), refs)
        XCTAssertEqual(try runGit(["fsck", "--strict", "--no-dangling"], in: store).status, 0)
        // Run again: what is stored is unchanged, nothing is stored twice.
        XCTAssertTrue(try batch().output.contains("0 stored, 4 unchanged, 3 skipped"))
    }

    /// The same table as CSV (UTF-8 with BOM, read by Python's csv module), XLSX (read back by
    /// openpyxl, counts as numbers, no previous year as an empty cell) and HTML.
    func testSummaryAsCSVXLSXAndHTML() throws {
        XCTAssertEqual(try batch().status, 1)
        let csvFile = root.appendingPathComponent("summary.csv"), xlsxFile = root.appendingPathComponent("summary.xlsx")
        XCTAssertEqual(try audit(["summary", "--format", "csv", "-o", csvFile.path]).status, 0)
        XCTAssertEqual(try audit(["summary", "--format", "xlsx", "-o", xlsxFile.path]).status, 0)
        XCTAssertEqual(try Data(contentsOf: csvFile).prefix(3), Data([0xEF, 0xBB, 0xBF]))
        let reader = """
            import csv, json, sys, openpyxl
            rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
            book = openpyxl.load_workbook(sys.argv[2]).worksheets[0]
            cells = [[c.value for c in row] for row in book.iter_rows()]
            print(json.dumps({"csv": rows, "xlsx": cells}, ensure_ascii=False))
            """
        let read = try ExternalCommand.run(["python3", "-c", reader, csvFile.path, xlsxFile.path])
        XCTAssertEqual(read.status, 0, read.output)
        let tables = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(read.output.utf8)) as? [String: [[Any]]])
        let header = ["department", "year", "revision", "errors", "warnings", "notes", "new", "fixed", "previous year", "triage"]
        let csv = try XCTUnwrap(tables["csv"] as? [[String]])
        XCTAssertEqual(csv.first, header)
        XCTAssertEqual(csv.count, 7)
        XCTAssertTrue(csv.contains([Self.caizhengju, "2024", "\(Self.caizhengju)/2024@1", "2", "0", "18", "1", "0", "\(Self.caizhengju)/2023@1", ""]), "\(csv)")
        XCTAssertTrue(csv.contains([Self.shehui, "2023", "\(Self.shehui)/2023@1", "2", "4", "11", "", "", "", ""]), "\(csv)")
        let xlsx = try XCTUnwrap(tables["xlsx"])
        XCTAssertEqual(xlsx.first as? [String], header)
        let row = try XCTUnwrap(xlsx.first { ($0[2] as? String) == "\(Self.shehui)/2024@1" })
        XCTAssertEqual(row[3] as? Int, 2)
        XCTAssertEqual(row[4] as? Int, 4)
        XCTAssertEqual(row[5] as? Int, 12)
        XCTAssertEqual(row[6] as? Int, 1)
        XCTAssertTrue(row[9] is NSNull, "no triage is an empty cell")

        let html = try audit(["summary", "--format", "html"]).output
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"), html)
        XCTAssertEqual(html.components(separatedBy: "<tr>").count - 1, 7, "a header row and six versions")
        XCTAssertTrue(html.contains("<td>\(Self.caizhengju)/2024@1</td><td class=\"n\">2</td><td class=\"n\">0</td><td class=\"n\">18</td>"), html)

        let terminal = try ExternalCommand.run(["script", "-qec", "'\(try AuditBinary.url().path)' summary --format xlsx --workspace '\(workspace.path)'", "/dev/null"])
        XCTAssertTrue(terminal.output.contains("audit: --format xlsx is binary: give -o FILE or redirect standard output"), terminal.output)
    }

    func testBadMapIsRefusedBeforeAnythingIsStored() throws {
        let before = try snapshot(of: workspace)
        for (content, message) in [
            ("nosuch.pdf,czj,2024\n", "bad label map \(root.path)/bad.csv: nosuch.pdf is not a file in \(folder.path)"),
            ("czj-a.pdf,czj,24\n", "bad label map \(root.path)/bad.csv: line 1: year 24 is not four digits"),
            ("czj-a.pdf,czj\n", "bad label map \(root.path)/bad.csv: line 1 has 2 fields, not 3 (file, department, year)"),
            ("czj-a.pdf,czj,2024\nczj-a.pdf,czj,2023\n", "bad label map \(root.path)/bad.csv: line 2: czj-a.pdf is mapped twice"),
            ("czj-a.pdf,\"czj,2024\n", "bad label map \(root.path)/bad.csv: line 1: a quoted field is not closed"),
        ] {
            let bad = try writeFile(Data(content.utf8), named: "bad.csv", in: root)
            let result = try audit(["commit", "--batch", folder.path, "--map", bad.path])
            XCTAssertEqual(result.status, 2)
            XCTAssertEqual(result.stderr, "audit: \(message)\n")
            XCTAssertEqual(try snapshot(of: workspace), before)
        }
    }

    // MARK: - helpers

    private func rowsByRevision(_ json: Data) throws -> [String: [String: Any]] {
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: json) as? [String: Any])
        let rows = try XCTUnwrap(document["versions"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["revision"] as? String ?? "", $0) })
    }

    private func assertRow(
        _ row: [String: Any]?, _ counts: (errors: Int, warnings: Int, notes: Int), previous: String?, new: Int? = nil, fixed: Int? = nil,
        line: UInt = #line
    ) throws {
        let row = try XCTUnwrap(row, line: line)
        XCTAssertEqual(row["errors"] as? Int, counts.errors, "errors of \(row)", line: line)
        XCTAssertEqual(row["warnings"] as? Int, counts.warnings, "warnings of \(row)", line: line)
        XCTAssertEqual(row["notes"] as? Int, counts.notes, "notes of \(row)", line: line)
        XCTAssertEqual(row["previous"] as? String, previous, line: line)
        if let new { XCTAssertEqual(row["new"] as? Int, new, line: line) }
        if let fixed { XCTAssertEqual(row["fixed"] as? Int, fixed, line: line) }
    }

    private func findings(of ref: String, rule: String) throws -> [[String: Any]] {
        let result = try audit(["findings", ref, "--format", "json"])
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        return (document["findings"] as? [[String: Any]] ?? []).filter { $0["ruleID"] as? String == rule }
    }

    /// `audit check` of the file in a workspace of its own, read from its summary line.
    private func countsCheckedAlone(_ file: URL) throws -> (Int, Int, Int) {
        let alone = root.appendingPathComponent("alone")
        XCTAssertEqual(try AuditBinary.run(["init", "--workspace", alone.path], in: root, scratch: root).status, 0)
        XCTAssertEqual(try AuditBinary.run(["commit", "2020", file.path, "--workspace", alone.path], in: root, scratch: root).status, 0)
        let check = try AuditBinary.run(["check", "2020", "--fail-on", "never", "--workspace", alone.path], in: root, scratch: root)
        let line = try XCTUnwrap(check.output.split(separator: "\n").first { $0.hasPrefix("Findings: ") })
        let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        XCTAssertEqual(numbers.count, 3, String(line))
        return (numbers[0], numbers[1], numbers[2])
    }
}
