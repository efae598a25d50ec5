import Foundation
import ReportDiff
import ReportModel
import XCTest

/// The diff cache's archive: it gives back exactly the changes it was given, and only under
/// the key it was written under.
final class DiffArchiveTests: XCTestCase {
    private static let text2020 = try! String(contentsOf: SampleVariants.reports.appendingPathComponent("shanwei-zsj/2020.txt"), encoding: .utf8)
    private static let contents = DiffArchive.Contents(
        changes: SampleVariants.changes(from: text2020, to: SampleVariants.text2021),
        oldPages: nil, newPages: PageMap(text: "page one\n\u{0C}page two\nmore\n\u{0C}three")
    )
    private static let key = DiffArchive.Key(oldVocabulary: nil, newVocabulary: nil, oldPages: false, newPages: true)

    func testArchiveGivesBackTheSameChangesAndDocument() throws {
        let decoded = try XCTUnwrap(DiffArchive.decode(DiffArchive.encode(Self.contents, key: Self.key), key: Self.key))
        XCTAssertEqual(decoded, Self.contents)
        XCTAssertTrue(Self.contents.changes.summary.hasChanges && !Self.contents.changes.figures.isEmpty && !Self.contents.changes.tables.cells.isEmpty)
        let document = { (contents: DiffArchive.Contents) in
            DiffDocument(old: "2020@1 (aaaaaaa)", new: "2021@1 (bbbbbbb)", changes: contents.changes, oldPages: contents.oldPages, newPages: contents.newPages)
        }
        XCTAssertEqual(try document(decoded).json(), try document(Self.contents).json())
        XCTAssertEqual(TextRenderer(colour: true, language: .zh).render(document(decoded)), TextRenderer(colour: true, language: .zh).render(document(Self.contents)))
    }

    func testNoChangesRoundTrips() throws {
        let same = DiffArchive.Contents(changes: SampleVariants.changes(from: SampleVariants.text2021, to: SampleVariants.text2021), oldPages: nil, newPages: nil)
        XCTAssertFalse(same.changes.summary.hasChanges)
        XCTAssertEqual(DiffArchive.decode(DiffArchive.encode(same, key: Self.key), key: Self.key), same)
    }

    /// The format version, the parser version, each vocabulary and each side's pages are in
    /// the file name and in the bytes: an archive written under any other key does not decode.
    func testArchiveOfAnotherKeyIsNotUsed() {
        var others: [DiffArchive.Key] = []
        for change in [{ (key: inout DiffArchive.Key) in key.format += 1 }, { $0.parser += 1 }, { $0.oldVocabulary = "0123456789abcdef" },
                       { $0.newVocabulary = "0123456789abcdef" }, { $0.oldPages.toggle() }, { $0.newPages.toggle() }] {
            var other = Self.key
            change(&other)
            others.append(other)
        }
        XCTAssertEqual(Set(([Self.key] + others).map(\.name)).count, others.count + 1)
        XCTAssertTrue(Self.key.name.contains("-f\(DiffArchive.formatVersion)-"), Self.key.name)
        for other in others {
            XCTAssertNil(DiffArchive.decode(DiffArchive.encode(Self.contents, key: other), key: Self.key), other.name)
        }
    }

    func testTruncatedOrExtendedArchiveIsNotUsed() {
        let archive = DiffArchive.encode(Self.contents, key: Self.key)
        for length in [0, 5, archive.count / 2, archive.count - 1] {
            XCTAssertNil(DiffArchive.decode(archive.prefix(length), key: Self.key), "\(length) bytes")
        }
        XCTAssertNil(DiffArchive.decode(archive + Data([0]), key: Self.key))
    }
}
