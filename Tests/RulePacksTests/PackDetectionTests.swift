import AuditEngine
import CheckerKit
import CheckerRegistry
import ReportModel
import RulePackModel
import RulePacks
import TestSupport
import XCTest

/// Which pack checks which report without configuration, and what forcing another one changes.
final class PackDetectionTests: XCTestCase {
    private static let seed = ReportParser.parse(try! String(contentsOf: sampleReport, encoding: .utf8))
    private static let caizhengju = ReportParser.parse(try! ShanghaiReports.text(of: "caizhengju-2024"))

    private func run(_ report: Report, _ pack: String) throws -> CheckerRun {
        let library = try PackLibrary.builtIn()
        let checkers = RegisteredCheckers.all.filter { $0.description.id == "total-reconciliation" }
        let run = try Engine(checkers: checkers).run(CheckContext(report: report, pack: try XCTUnwrap(library.pack(pack))))
        return CheckerRun(identities: run.identitiesChecked, findings: run.findings)
    }

    private struct CheckerRun {
        var identities: Int
        var findings: [Finding]
    }

    /// The seed prints 表6 as 基本支出决算明细表 (Guangdong); the Shanghai PDFs print no 表N,
    /// 财政拨款“三公”经费支出决算表 and 国有资本经营预算财政拨款收入支出决算表.
    func testEachReportIsDetectedAsItsRegionsFormat() throws {
        let library = try PackLibrary.builtIn()
        XCTAssertEqual(library.detect(Self.seed).id, "guangdong-2021")
        for stem in ShanghaiReports.stems {
            XCTAssertEqual(library.detect(ReportParser.parse(try ShanghaiReports.text(of: stem))).id, "shanghai-2024", stem)
        }
        XCTAssertEqual(library.detect(ReportParser.parse("一、概况\n\n本部门无表格。\n")).id, "national")
    }

    /// The format is chosen from the text before it is parsed (so that a workspace pack's
    /// titles and columns can be read): the same choice as from the parsed tables. The built-in
    /// packs add nothing to the parser's vocabulary, so the model cached at commit is the one
    /// checked.
    func testTheTextGivesTheSameFormatAsTheParsedTables() throws {
        let library = try PackLibrary.builtIn()
        XCTAssertEqual(library.detect(text: try String(contentsOf: sampleReport, encoding: .utf8)).id, "guangdong-2021")
        for stem in ShanghaiReports.stems {
            XCTAssertEqual(library.detect(text: try ShanghaiReports.text(of: stem)).id, "shanghai-2024", stem)
        }
        XCTAssertEqual(library.detect(text: "一、概况\n\n本部门无表格。\n").id, "national")
        for pack in library.packs { XCTAssertEqual(pack.vocabulary, .standard, pack.id) }
    }

    /// The built-in packs come from the package's resources, in every build.
    func testTheBuiltInPacksAreThere() throws {
        let library = try PackLibrary.builtIn()
        XCTAssertEqual(library.packs.map(\.id), ["guangdong-2021", "national", "shanghai-2024"])
        XCTAssertEqual(library.pack("shanghai-2024")?.extends, "national")
        XCTAssertEqual(library.pack("guangdong-2021")?.table("表6")?.title, "一般公共预算财政拨款基本支出决算明细表")
    }

    /// Forcing the Shanghai pack on the seed: Shanghai's 表5 totals its rows in a column named
    /// 合计, the seed's in 本年支出合计, so the three identities naming that column find no
    /// cell: 表4 一般公共预算 本年支出合计 = 表5 合计 (1), 表4 = 表5 per 类 (the seed's 6 类: 201,
    /// 206, 208, 210, 221, 229) and 表3 = 表5 row by row (its guard names the column): 3 columns ×
    /// 30 rows (29 coded rows and 合计) = 90. 609 − 1 − 6 − 90 = 512. No finding changes: all held.
    func testForcingShanghaiOnTheSeedLosesTheIdentitiesNamingShanghaisColumn() throws {
        let guangdong = try run(Self.seed, "guangdong-2021")
        let shanghai = try run(Self.seed, "shanghai-2024")
        XCTAssertEqual(guangdong.identities, 609)
        XCTAssertEqual(shanghai.identities, 512)
        XCTAssertEqual(shanghai.findings.map(\.fingerprint), guangdong.findings.map(\.fingerprint))
    }

    /// Forcing the Guangdong pack on caizhengju: its 表5's 合计 column is not the national
    /// 本年支出合计, so 表4 ↔ 表5 goes unchecked, and with it the rounding note on 社会保障和
    /// 就业支出 (表4 prints 326.71, 表5 326.72 = 84.65 + 160.75 + 80.38 + 0.94): of the two notes
    /// quoting 326.71 (表1 ↔ 表3 and 表4 ↔ 表5), only 表1 ↔ 表3's remains.
    func testForcingGuangdongOnShanghaiLosesTheAppropriationAgainstDetailNote() throws {
        let shanghai = try run(Self.caizhengju, "shanghai-2024")
        let guangdong = try run(Self.caizhengju, "guangdong-2021")
        XCTAssertEqual(shanghai.identities, 352)
        XCTAssertLessThan(guangdong.identities, shanghai.identities)
        let notes = { (run: CheckerRun) in run.findings.filter { $0.ruleID == "total-reconciliation.cross-table" && $0.message.contains("326.71") }.map(\.locations[0].logical) }
        XCTAssertEqual(notes(shanghai).count, 2)
        XCTAssertEqual(notes(guangdong).count, 1)
        XCTAssertTrue(notes(guangdong)[0].hasPrefix("收入支出决算总表 / 支出 / 八、社会保障和就业支出"), notes(guangdong)[0])
    }

    /// The identities checked before the move to packs, measured on a651810 (its `audit check
    /// --format json`, total-reconciliation's identitiesChecked): 609 on the seed, 352, 338 and
    /// 175 on the three Shanghai PDFs. The detected packs check the same number.
    func testIdentitiesCheckedDoNotDropWithTheDetectedPacks() throws {
        let library = try PackLibrary.builtIn()
        let reports = [("seed", Self.seed, 609), ("caizhengju-2024", Self.caizhengju, 352),
                       ("shehui-gongzuobu-2024", ReportParser.parse(try ShanghaiReports.text(of: "shehui-gongzuobu-2024")), 338),
                       ("template-2024", ReportParser.parse(try ShanghaiReports.text(of: "template-2024")), 175)]
        for (name, report, before) in reports {
            XCTAssertEqual(try run(report, library.detect(report).id).identities, before, name)
        }
    }
}
