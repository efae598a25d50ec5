@testable import DuplicateNarrative
import XCTest

/// The corpus search's sorts of packed pairs and its work shared between cores must give what
/// the standard sort and a plain loop give: the findings depend on the order.
final class RadixSortTests: XCTestCase {
    func testRadixSortOrdersFullWidthValuesAsTheStandardSortDoes() {
        var random = SystemRandomNumberGenerator()
        let values = (0..<200_000).map { _ in UInt64.random(in: .min ... .max, using: &random) }
        var sorted = values
        sorted.radixSort()
        XCTAssertEqual(sorted, values.sorted())
    }

    /// Packed pairs of small indices share their high digits, which the sort skips, and repeat.
    func testRadixSortOrdersPackedPairsWithRepeatsAsTheStandardSortDoes() {
        var random = SystemRandomNumberGenerator()
        let pairs = (0..<150_000).map { _ -> UInt64 in
            UInt64.random(in: 0..<5_000, using: &random) << 32 | UInt64.random(in: 0..<3_000_000, using: &random)
        }
        var sorted = pairs + pairs.prefix(1_000)
        sorted.radixSort()
        XCTAssertEqual(sorted, (pairs + pairs.prefix(1_000)).sorted())
        XCTAssertEqual(sorted.count, pairs.count + 1_000)
    }

    func testShortArraysAreSortedToo() {
        var values: [UInt64] = [9, 3, .max, 0, 3]
        values.radixSort()
        XCTAssertEqual(values, [0, 3, 3, 9, .max])
    }

    func testParallelFlatMapKeepsTheOrderOfASerialLoop() {
        let count = 3 * ParallelChunks.minimumItems + 17
        let joined = ParallelChunks.flatMap(count) { range in range.flatMap { [$0, -$0] } }
        XCTAssertEqual(joined, (0..<count).flatMap { [$0, -$0] })
    }
}
