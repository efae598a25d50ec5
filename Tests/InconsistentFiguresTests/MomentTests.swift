@testable import InconsistentFigures
import XCTest

final class MomentTests: XCTestCase {
    func testAMissingYearMatchesTheSameDay() {
        XCTAssertTrue(Moment("截至11月26日").coincides(with: Moment("截至2021年11月26日")))
        XCTAssertFalse(Moment("截至11月26日").coincides(with: Moment("截至2021年11月27日")))
    }

    func testTheDayOfWritingMatchesNoDate() {
        XCTAssertFalse(Moment("截至目前").coincides(with: Moment("截至2021年11月26日")))
        XCTAssertFalse(Moment("截至目前").precedes(Moment("截至2021年11月26日")))
        XCTAssertFalse(Moment("截至2021年11月26日").precedes(Moment("截至目前")))
    }

    func testUndatedFiguresShareOneMoment() {
        XCTAssertTrue(Moment(nil).coincides(with: Moment(nil)))
        XCTAssertFalse(Moment(nil).coincides(with: Moment("2021年度")))
    }

    func testDatesAreOrderedByYearMonthAndDay() {
        XCTAssertTrue(Moment("截至2021年11月26日").precedes(Moment("截止2022年05月29日")))
        XCTAssertTrue(Moment("截至2022年5月2日").precedes(Moment("截至2022年5月29日")))
        XCTAssertFalse(Moment("截止2022年05月29日").precedes(Moment("截至2022年5月29日")))
        XCTAssertFalse(Moment("截至11月26日").precedes(Moment("截至2022年5月29日")))
    }

    func testAPeriodAndARunningCountAreNotOneSeries() {
        XCTAssertFalse(Moment("5月份").isSeries(with: Moment("截至5月30日")))
        XCTAssertTrue(Moment(nil).isSeries(with: Moment("截至5月30日")))
    }
}
