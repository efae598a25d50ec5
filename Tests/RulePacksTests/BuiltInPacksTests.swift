import ReportModel
import RulePackModel
import RulePacks
import XCTest

/// What reading a revision takes as known of the built-in packs without parsing them
/// (`BuiltInPacks`), checked against the packs parsed from their YAML, and each pack's stored
/// vocabulary against the one its tables give.
final class BuiltInPacksTests: XCTestCase {
    func testTheBuiltInPacksSummaryIsWhatTheirYAMLSays() throws {
        let library = try PackLibrary.builtIn()
        XCTAssertEqual(BuiltInPacks.ids, library.packs.map(\.id))
        XCTAssertEqual(BuiltInPacks.addWords, library.packs.contains { $0.vocabulary != .standard })
    }

    func testALibrarysStoredVocabulariesAreTheOnesItsPacksGive() throws {
        let library = try PackLibrary.parse([("rules/haibin-travel.yml", WorkspacePackTests.travelPack)])
        let travel = try XCTUnwrap(library.pack("haibin-travel"))
        XCTAssertNotEqual(library.vocabulary(of: travel), .standard, "the pack adds 差旅费支出情况表")
        // Compared by cache key: the header words of equal length come in `Set` order, which two
        // computations of one vocabulary need not share.
        for pack in library.packs {
            XCTAssertEqual(library.vocabulary(of: pack).cacheKey, pack.vocabulary.cacheKey, pack.id)
        }
    }

    func testAnUnknownForcedBuiltInPackIsTheSameErrorAsTheLibrarys() throws {
        XCTAssertNoThrow(try BuiltInPacks.check(forced: nil))
        XCTAssertNoThrow(try BuiltInPacks.check(forced: "national"))
        let library = try PackLibrary.builtIn()
        var errors: [String] = []
        XCTAssertThrowsError(try BuiltInPacks.check(forced: "hainan-2021")) { errors.append("\($0)") }
        XCTAssertThrowsError(try PackChoice(library: library, forced: "hainan-2021")) { errors.append("\($0)") }
        XCTAssertEqual(errors.count, 2)
        XCTAssertEqual(errors.first, errors.last)
    }

    /// A pattern without `*` names its row exactly; with one, the pieces in order.
    func testLabelPatterns() {
        XCTAssertTrue(RowSelection.label("本年支出合计", matches: "本年支出合计"))
        XCTAssertFalse(RowSelection.label("本年支出合计 ", matches: "本年支出合计"))
        XCTAssertTrue(RowSelection.label("本年支出合计", matches: "本年*合计"))
        XCTAssertTrue(RowSelection.label("本年合计", matches: "本年*合计"))
        XCTAssertFalse(RowSelection.label("本年合", matches: "本年*年合"))
        XCTAssertTrue(RowSelection.label("一、基本支出合计", matches: "*基本*合计"))
        XCTAssertFalse(RowSelection.label("一、项目支出合计", matches: "*基本*合计"))
    }
}
