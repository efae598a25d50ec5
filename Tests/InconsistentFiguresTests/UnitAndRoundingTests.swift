import CheckerKit
import XCTest

/// Values are compared in the base unit (亿元 → 万元, 万人 → 人) and agree when the values
/// their printed digits allow overlap.
final class UnitAndRoundingTests: XCTestCase {
    /// 12.91 亿元 stands for 129,050–129,150 万元.
    func testAConvertedValueWithinRoundingAgrees() throws {
        XCTAssertEqual(try Snippets.findings("公共资源交易项目成交金额 12.91 亿元。", "公共资源交易项目成交金额 129,140 万元。").count, 0)
    }

    func testAConvertedValueBeyondRoundingDisagrees() throws {
        let findings = try Snippets.findings("公共资源交易项目成交金额 12.91 亿元。", "公共资源交易项目成交金额 129,160 万元。")
        XCTAssertEqual(findings.map(\.message), ["公共资源交易项目成交金额: 12.91 亿元 (line 1) vs 129,160 万元 (line 3)"])
        XCTAssertEqual(findings.first?.evidence?.difference.value, 60)
        XCTAssertEqual(findings.first?.evidence?.tolerance.value, Decimal(string: "50.5"))
    }

    func testCountsWithAMagnitudeConvert() throws {
        XCTAssertEqual(try Snippets.findings("善美村居小程序注册用户数 94.838 万人。", "善美村居小程序注册用户数 948380 人。").count, 0)
        XCTAssertEqual(try Snippets.findings("善美村居小程序注册用户数 94.838 万人。", "善美村居小程序注册用户数 948390 人。").count, 1)
    }

    func testDifferentUnitsAreDifferentQuantities() throws {
        XCTAssertEqual(try Snippets.findings("善美码在政务服务办事场景中出示 49385 次。", "善美码在政务服务办事场景中出示 1050 人次。").count, 0)
    }

    /// 1.3 亿元 allows both 12,600 and 13,400 万元, which do not allow each other.
    func testAgreementWithOneValueDoesNotMakeTwoOthersAgree() throws {
        let findings = try Snippets.findings("公共资源交易项目成交金额 1.3 亿元。", "公共资源交易项目成交金额 12,600 万元。", "公共资源交易项目成交金额 13,400 万元。")
        XCTAssertEqual(findings.map(\.message), ["公共资源交易项目成交金额: 1.3 亿元 (line 1) vs 12,600 万元 (line 3) vs 13,400 万元 (line 5)"])
        XCTAssertEqual(findings.first?.evidence?.difference.value, 800)
    }
}
