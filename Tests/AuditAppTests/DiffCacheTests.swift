import AuditApp
import AuditStore
import Foundation
import Localization
import ReportDiff
import XCTest

/// The diff cache (`cache/diffs/`): a commit computes the new revision's diffs into it, a hit
/// renders byte for byte what comparing afresh renders, and a file that does not verify is
/// not used.
final class DiffCacheTests: AppWorkspace {
    private var diffs: URL { workspace.directory.appendingPathComponent("cache/diffs") }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try store("2020", Self.report2020)
        try store("2021", Self.report2021)
    }

    func testCommitComputesTheDiffAgainstLastYearAndTheRevisionBefore() throws {
        XCTAssertEqual(try cachedFiles().count, 1, "2021@1 against 2020@1")
        try store("2021", Self.report2020)
        XCTAssertEqual(try cachedFiles().count, 3, "and 2021@2 against 2021@1 and against 2020@1")
        let before = try cachedFiles()
        _ = try CompareRevisions(workspace: workspace).run(old: "2021@1", new: "2021")
        _ = try CompareRevisions(workspace: workspace).run(old: "2020", new: "2021@1")
        XCTAssertEqual(try cachedFiles(), before, "both diffs were answered from the files the commits wrote")
    }

    func testAHitRendersExactlyWhatAMissRenders() throws {
        for (old, new) in [("2020", "2021"), ("2021", "2021@1"), ("2021@1", "2020")] {
            try FileManager.default.removeItem(at: diffs)
            let miss = try CompareRevisions(workspace: workspace).run(old: old, new: new)
            XCTAssertEqual(try cachedFiles().count, 1, "\(old) \(new): the miss kept its diff")
            let hit = try CompareRevisions(workspace: workspace).run(old: old, new: new)
            XCTAssertEqual(hit, miss)
            XCTAssertEqual(try Self.renderings(of: hit), try Self.renderings(of: miss), "\(old) \(new)")
        }
        let same = try CompareRevisions(workspace: workspace).run(old: "2021", new: "2021@1")
        XCTAssertFalse(same.changes.summary.hasChanges)
    }

    /// A sealed file under the pair's key is what answers: here one holding another pair's
    /// changes (which no reader would write) shows that the hit does not compare afresh.
    func testTheCachedFileIsWhatAnswers() throws {
        let pair = try workspace.resolve(["2020", "2021"])
        let file = try XCTUnwrap(try cachedFiles().first)
        let name = String(file.lastPathComponent.drop { $0 != "-" }.dropFirst())
        let nothing = try CompareRevisions(workspace: workspace).run(old: "2021", new: "2021@1")
        let key = DiffArchive.Key(oldVocabulary: nil, newVocabulary: nil, oldPages: false, newPages: false)
        XCTAssertEqual(name, key.name)
        try FileManager.default.removeItem(at: file)
        try workspace.storePairFile(DerivedFile(name: name, data: DiffArchive.encode(
            DiffArchive.Contents(changes: nothing.changes, oldPages: nil, newPages: nil), key: key)), old: pair[0], new: pair[1])
        XCTAssertFalse(try CompareRevisions(workspace: workspace).run(old: "2020", new: "2021").changes.summary.hasChanges)
    }

    func testADamagedFileIsNotUsedAndIsReplaced() throws {
        let fresh = try Self.renderings(of: CompareRevisions(workspace: workspace).run(old: "2020", new: "2021"))
        let file = try XCTUnwrap(try cachedFiles().first)
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: file)
        var warnings: [LocalizedText] = []
        workspace.warn = { warnings.append($0) }
        XCTAssertEqual(try Self.renderings(of: CompareRevisions(workspace: workspace).run(old: "2020", new: "2021")), fresh)
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings.first?.en.contains("checksum") == true, "\(warnings)")
        XCTAssertEqual(try cachedFiles(), [file], "recomputed and written again")
        XCTAssertNotEqual(try Data(contentsOf: file), bytes)
        XCTAssertEqual(try Self.renderings(of: CompareRevisions(workspace: workspace).run(old: "2020", new: "2021")), fresh)
        XCTAssertEqual(warnings.count, 1, "the rewritten file verifies")
    }

    /// A file copied to the name of another new text of the same old text does not verify:
    /// 2021@2's text is 2020's, so 2020's folder holds 2020 → 2021@1 and 2020 → 2021@2.
    func testAFileOfAnotherNewTextIsNotUsed() throws {
        let fresh = try Self.renderings(of: CompareRevisions(workspace: workspace).run(old: "2020", new: "2021@1"))
        let changed = try XCTUnwrap(try cachedFiles().first)
        try store("2021", Self.report2020)
        let same = try XCTUnwrap(try cachedFiles().first { $0 != changed && $0.deletingLastPathComponent() == changed.deletingLastPathComponent() })
        try FileManager.default.removeItem(at: changed)
        try FileManager.default.copyItem(at: same, to: changed)
        var warnings: [LocalizedText] = []
        workspace.warn = { warnings.append($0) }
        XCTAssertEqual(try Self.renderings(of: CompareRevisions(workspace: workspace).run(old: "2020", new: "2021@1")), fresh)
        XCTAssertEqual(warnings.count, 1, "\(warnings)")
        XCTAssertTrue(warnings.first?.en.contains("another new text") == true, "\(warnings)")
    }

    private func cachedFiles() throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: diffs, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .map(\.standardizedFileURL).sorted { $0.path < $1.path }
    }

    /// What `audit diff` prints in each format, plain and coloured, in both languages.
    private static func renderings(of document: DiffDocument) throws -> [Data] {
        var all = [try document.json()]
        for language in [Language.en, .zh] {
            all += [TextRenderer(colour: false, language: language).render(document), TextRenderer(colour: true, language: language).render(document),
                    MarkdownRenderer(language: language).render(document), HTMLRenderer(language: language).render(document)].map { Data($0.utf8) }
        }
        return all
    }
}
