@testable import ReportDiff
import XCTest

/// The sequence algorithms the diff rests on, against brute force on many random inputs.
final class AlgorithmTests: XCTestCase {
    /// A deterministic generator, so a failure reproduces.
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11
        }
    }

    func testMyersFindsALongestCommonSubsequence() {
        var generator = Generator(state: 7)
        for _ in 0..<500 {
            let old = (0..<Int.random(in: 0...30, using: &generator)).map { _ in Int.random(in: 0...4, using: &generator) }
            let new = (0..<Int.random(in: 0...30, using: &generator)).map { _ in Int.random(in: 0...4, using: &generator) }
            let matches = MyersDiff.matches(old, new)
            XCTAssertEqual(matches.count, lcsLength(old, new), "\(old) \(new)")
            for (first, second) in zip(matches, matches.dropFirst()) {
                XCTAssertLessThan(first.old, second.old)
                XCTAssertLessThan(first.new, second.new)
            }
            XCTAssertTrue(matches.allSatisfy { old[$0.old] == new[$0.new] })
        }
    }

    func testMyersWithCommonEndsComparedDirectlyMatchesExactlyAsOverIDs() {
        var generator = Generator(state: 13)
        for _ in 0..<500 {
            let old = (0..<Int.random(in: 0...30, using: &generator)).map { _ in Int.random(in: 0...3, using: &generator) }
            let new = (0..<Int.random(in: 0...30, using: &generator)).map { _ in Int.random(in: 0...3, using: &generator) }
            let trimmed = MyersDiff.matches(old, new, equal: ==) { (Array($0), Array($1)) }
            let whole = MyersDiff.matches(old, new)
            XCTAssertEqual(trimmed.map { [$0.old, $0.new] }, whole.map { [$0.old, $0.new] }, "\(old) \(new)")
        }
    }

    func testMyersOnCompletelyDifferentLongInputsMatchesNothingWithoutGivingUp() {
        let old = Array(0..<1500)
        let new = Array(1500..<3000)
        XCTAssertEqual(MyersDiff.matches(old, new).count, 0)
        XCTAssertEqual(MyersDiff.matches(old, old.reversed()).count, 1)
    }

    func testHeaviestIncreasingSubsequenceHasTheLargestWeight() {
        var generator = Generator(state: 11)
        for _ in 0..<300 {
            let count = Int.random(in: 0...9, using: &generator)
            let ys = Array(0..<count).shuffled(using: &generator)
            let points = ys.map { (y: $0, weight: Int.random(in: 1...20, using: &generator)) }
            let chosen = HeaviestIncreasingSubsequence.indices(of: points, yCount: count)
            let sorted = chosen.sorted()
            for (first, second) in zip(sorted, sorted.dropFirst()) { XCTAssertLessThan(points[first].y, points[second].y) }
            XCTAssertEqual(sorted.map { points[$0].weight }.reduce(0, +), bestWeight(points), "\(points)")
        }
    }

    func testNumbersWithTheSameValueAndUnitAreOneToken() {
        var table = TokenTable()
        let spellings = ["20,864.64 万元", "20864.64万元", "２０８６４．６４ 万元", "20864.640\n\n万元", "020,864.6400 万元"]
        let ids = spellings.map { TokenizedText($0, table: &table).ids }
        XCTAssertEqual(ids.map(\.count), Array(repeating: 1, count: spellings.count))
        XCTAssertEqual(Set(ids).count, 1)
        XCTAssertNotEqual(TokenizedText("20864.64 元", table: &table).ids, ids[0])
        XCTAssertNotEqual(TokenizedText("20864.65 万元", table: &table).ids, ids[0])
        XCTAssertEqual(TokenizedText("5，6 个", table: &table).count, 3, "a comma before one digit separates clauses")
    }

    private func lcsLength(_ a: [Int], _ b: [Int]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0..<a.count {
            for j in 0..<b.count {
                table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table[a.count][b.count]
    }

    /// By trying every subset.
    private func bestWeight(_ points: [(y: Int, weight: Int)]) -> Int {
        (0..<(1 << points.count)).map { mask -> Int in
            let members = points.indices.filter { mask & (1 << $0) != 0 }
            let increasing = zip(members, members.dropFirst()).allSatisfy { points[$0.0].y < points[$0.1].y }
            return increasing ? members.map { points[$0].weight }.reduce(0, +) : 0
        }.max() ?? 0
    }
}
