import AuditStore
import Foundation
import PDFText
import ReportModel
import StoredReports
import TestSupport
import XCTest

/// `audit commit` of a PDF stores its bytes as `original` and its layout text as `text.txt`.
/// Expected content comes from pages rendered with `pdftoppm -png` (80-110 dpi) and read by eye, and
/// from `pdftotext -layout` as an independent judge; never from our own extraction.
final class PDFCommitTests: WorkspaceTestCase {
    private static let putuo = packageRoot.appendingPathComponent("reports/shanghai-putuo")
    private static let reports = [("template", 23), ("caizhengju", 25), ("shehui-gongzuobu", 24)]

    private func pdf(_ name: String) -> URL {
        Self.putuo.appendingPathComponent("\(name)-2024.pdf")
    }

    private func git(_ arguments: [String]) throws -> String {
        let result = try runGit(arguments, in: store)
        XCTAssertEqual(result.status, 0, "git \(arguments)")
        return result.output
    }

    private func storedText(_ version: String) throws -> String {
        try git(["show", "refs/heads/\(version):text.txt"])
    }

    /// The page of each line of a layout text: 1 + the form feeds before it.
    private func pages(ofLines text: String) -> [Int] {
        var page = 1
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            page += line.filter { $0 == "\u{0C}" }.count
            return page
        }
    }

    /// The pages of the lines whose words include `words`, one after the other.
    private func pages(ofLinesWith words: [String], in text: String) -> [Int] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let linePages = pages(ofLines: text)
        return lines.indices.filter { index in
            let fields = lines[index].split(whereSeparator: { $0 == " " || $0 == "\u{0C}" }).map(String.init)
            return fields.count >= words.count && (0...(fields.count - words.count)).contains { Array(fields[$0..<$0 + words.count]) == words }
        }.map { linePages[$0] }
    }

    func testEachPutuoPDFCommitsWithItsPageCount() throws {
        for (name, pageCount) in Self.reports {
            let printed = try commit(name, pdf(name))
            XCTAssertTrue(printed.contains("stored (\(try Data(contentsOf: pdf(name)).count) bytes, PDF, \(pageCount) pages, "), printed)
            // The commit's work budget measures the text: caizhengju's 3.7 MB of PDF is 520 lines.
            XCTAssertFalse(printed.contains("findings not recorded"), printed)
            XCTAssertTrue(try git(["rev-parse", "--verify", "refs/audit/findings/\(name)"]).count >= 40, "\(name): findings recorded at commit")
            let meta = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try git(["show", "refs/heads/\(name):meta.json"]).utf8)) as? [String: Any])
            XCTAssertEqual(meta["pages"] as? Int, pageCount)
            XCTAssertEqual(meta["encoding"] as? String, "PDF")
            XCTAssertEqual(meta["sourceName"] as? String, "\(name)-2024.pdf")
            let original = try git(["rev-parse", "refs/heads/\(name):original"])
            XCTAssertEqual(original, try runGit(["hash-object", pdf(name).path], in: root).output, "the original is the PDF byte for byte")
            let text = try storedText(name)
            XCTAssertEqual(text.filter { $0 == "\u{0C}" }.count, pageCount - 1)
            XCTAssertFalse(text.split(separator: "\n").contains { $0.hasSuffix(" ") }, "no trailing spaces")
            XCTAssertTrue(text.hasSuffix("\n"))
            XCTAssertTrue(try git(["log", "-1", "--format=%B", "refs/heads/\(name)"]).contains("Encoding: PDF\nSize: \(try Data(contentsOf: pdf(name)).count) bytes\nLines: \(text.split(separator: "\n", omittingEmptySubsequences: false).count - 1)\nPages: \(pageCount)\n"))
            let again = try audit(["commit", name, pdf(name).path])
            XCTAssertEqual(again.output, "\(name)@1 unchanged: identical to the latest revision; nothing stored\n")
        }
        let log = try audit(["log"])
        XCTAssertTrue(log.output.contains(" PDF "), log.output)
    }

    /// `show --outline` of a PDF names each of the nine tables once, with the pages it is printed
    /// on (caizhengju, read off the rendered pages: 收入支出决算总表 pp. 6-7, 一般公共预算财政拨款支出决算表
    /// p. 15, 国有资本经营预算财政拨款收入支出决算表 p. 20).
    func testOutlineOfAPDFGivesEachTablesPages() throws {
        try commit("caizhengju", pdf("caizhengju"))
        let outline = try audit(["show", "caizhengju", "--outline"]).output
        XCTAssertTrue(outline.contains("\n收入支出决算总表  [pp. 6-7, lines "), outline)
        XCTAssertTrue(outline.contains("\n一般公共预算财政拨款支出决算表  [p. 15, lines "), outline)
        XCTAssertTrue(outline.contains("\n国有资本经营预算财政拨款收入支出决算表  [p. 20, lines "), outline)
        let tables = outline.components(separatedBy: "\n").filter { !$0.hasPrefix(" ") && $0.contains(", lines ") }
        XCTAssertEqual(tables.count, 9, outline)
    }

    /// Rows read off the rendered pages (caizhengju pages 8, 10 and 12, shehui-gongzuobu page 6,
    /// template pages 4 and 9): each is one stored line, on its page (rows that several tables repeat
    /// are on other pages too).
    func testRowsReadOffTheRenderedPagesAreLinesOfTheirPages() throws {
        let rows: [(String, Int, [String])] = [
            ("caizhengju", 8, ["201", "06", "01", "行政运行", "1,511.90", "1,511.89", "0.01"]),
            ("caizhengju", 8, ["208", "05", "99", "其他行政事业单位养老支出", "0.94", "0.94"]),
            ("caizhengju", 10, ["201", "06", "02", "一般行政管理事务", "10.00", "10.00"]),
            ("caizhengju", 12, ["八、社会保障和就业支出", "326.71", "326.71"]),
            ("caizhengju", 12, ["一、一般公共预算财政拨款", "2,940.05", "一、一般公共服务支出", "2,106.66", "2,106.66"]),
            ("shehui-gongzuobu", 6, ["2013950", "事业运行", "11.31", "11.31"]),
            ("shehui-gongzuobu", 6, ["20139", "社会工作事务", "264.87", "264.87"]),
            ("template", 4, ["3", "上海市", "XX", "研究所"]),
            ("template", 4, ["纳入上海市", "XX", "局", "2024", "年度部门决算编制范围的单位包括："]),
            ("template", 9, ["年初财政拨款结转和结余", "年末财政拨款结转和结余"]),
            ("template", 9, ["总计", "总计"]),
        ]
        for name in Set(rows.map(\.0)) { try commit(name, pdf(name)) }
        for (name, page, words) in rows {
            XCTAssertTrue(pages(ofLinesWith: words, in: try storedText(name)).contains(page), "\(name) page \(page): \(words)")
        }
    }

    /// pdftotext as judge: on pages looked at, the same words on the same lines in the same order.
    func testLookedAtPagesHaveTheLinesOfPdftotext() throws {
        for (name, page) in [("caizhengju", 6), ("shehui-gongzuobu", 6), ("template", 9)] {
            try commit(name, pdf(name))
            let ours = try storedText(name).components(separatedBy: "\u{0C}")[page - 1]
            let judge = Process()
            judge.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            judge.arguments = ["pdftotext", "-layout", "-f", "\(page)", "-l", "\(page)", pdf(name).path, "-"]
            let output = Pipe()
            judge.standardOutput = output
            judge.standardError = FileHandle.nullDevice
            try judge.run()
            let theirs = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            judge.waitUntilExit()
            func words(_ text: String) -> [String] {
                text.split(separator: "\n").map { $0.filter { $0 != " " && $0 != "\u{0C}" } }.filter { !$0.isEmpty }
            }
            XCTAssertFalse(words(theirs).isEmpty)
            XCTAssertEqual(words(ours), words(theirs), "\(name) page \(page)")
        }
    }

    /// words.bin holds every word with its box and where the text wrote it; deleting it loses nothing.
    func testWordsWithBoxesAreCachedBesideTheModel() throws {
        try commit("caizhengju", pdf("caizhengju"))
        let textID = try git(["rev-parse", "refs/heads/caizhengju:text.txt"]).trimmingCharacters(in: .newlines)
        let cache = workspace.appendingPathComponent("cache/\(textID)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.appendingPathComponent("model.bin").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.appendingPathComponent(WordsFile.name).path))
        let store = try Workspace.open(at: workspace)
        let cached = try XCTUnwrap(store.derivedFile(named: WordsFile.name, of: store.resolve("caizhengju")))
        let words = try XCTUnwrap(WordsArchive.decode(cached))
        let text = try storedText("caizhengju")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.filter { $0 != "\u{0C}" } }
        let linePages = pages(ofLines: text)
        XCTAssertEqual(words.count, lines.reduce(0) { $0 + $1.split(separator: " ").count })
        for placed in words {
            let line = lines[placed.line - 1]
            var prefix = "", rest = Substring(line)
            while prefix.displayWidth < placed.column, let first = rest.first {
                prefix.append(first)
                rest = rest.dropFirst()
            }
            XCTAssertTrue(rest.hasPrefix(placed.word.text), "\(placed) in \(line)")
            XCTAssertEqual(linePages[placed.line - 1], placed.word.page)
            XCTAssertTrue(placed.word.box.x0 >= 0 && placed.word.box.x1 <= 842 && placed.word.box.y1 <= 842, "\(placed)")
        }
        let running = try XCTUnwrap(words.first { $0.word.text == "行政运行" && $0.word.page == 8 })
        XCTAssertEqual(running.word.fontSize, 12)
        try FileManager.default.removeItem(at: workspace.appendingPathComponent("cache"))
        let shown = try audit(["show", "caizhengju"])
        XCTAssertEqual(shown.output, text)
    }

    func testFiveHundredPagesCommit() throws {
        let pages = (1...500).map { ["Page \($0) of 500", "Total \($0 * 3).50 and \($0).25"] }
        let file = try writeFile(GeneratedPDF.document(pages: pages), named: "long.pdf", in: root)
        let printed = try commit("2024", file)
        XCTAssertTrue(printed.contains("PDF, 500 pages, 1000 lines"), printed)
        let text = try storedText("2024")
        XCTAssertEqual(self.pages(ofLinesWith: ["Page", "377", "of", "500"], in: text), [377])
        XCTAssertEqual(self.pages(ofLinesWith: ["Total", "1131.50", "and", "377.25"], in: text), [377])
    }
}
