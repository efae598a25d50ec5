@testable import DuplicateNarrative
import Foundation
import ReportModel
import XCTest

/// The pairwise search compares each group of identical sentences once. It must still find
/// what comparing every pair finds: the same groups (formulas are connected groups), every
/// pair of a small group, and on a report repeated many times a pair count that grows with
/// the copies, not with their square.
final class IdenticalSentencesTests: XCTestCase {
    private static let sample = try! String(
        contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("reports/shanwei-zsj/2021.txt"),
        encoding: .utf8
    )
    private let exact = ExactPairs(jaccard: 0.8, containment: 0.9)

    private func shingles(_ text: String) -> ([Shingles], [Bool]) {
        let sentences = Sentence.split(ReportParser.parse(text), shingleSize: 5)
        return (sentences.map(\.shingles), sentences.map { $0.text.count >= 20 })
    }

    func testTheSampleGivesExactlyThePairsOfTheFullSearch() {
        let (sets, comparable) = shingles(Self.sample)
        let full = exact.within(sets) { comparable[$0] }
        let grouped = IdenticalSentences(sets) { comparable[$0] }.pairs(sets, matching: exact)
        XCTAssertEqual(grouped.map { [$0.left, $0.right] }, full.map { [$0.left, $0.right] })
        XCTAssertEqual(grouped.map(\.similarity), full.map(\.similarity))
    }

    func testARepeatedReportKeepsTheGroupsOfTheFullSearchWithLinearlyManyPairs() {
        let copies = 12
        let (sets, comparable) = shingles(String(repeating: Self.sample, count: copies))
        let full = exact.within(sets) { comparable[$0] }
        let grouped = IdenticalSentences(sets) { comparable[$0] }.pairs(sets, matching: exact)
        XCTAssertEqual(
            ConnectedGroups.groups(grouped.map { ($0.left, $0.right) }, count: sets.count),
            ConnectedGroups.groups(full.map { ($0.left, $0.right) }, count: sets.count)
        )
        XCTAssertTrue(grouped.allSatisfy { $0.left < $0.right }, "every pair is ordered")
        let (once, _) = shingles(Self.sample)
        let sentencesPerCopy = once.indices.filter { comparable[$0] }.count
        // Each comparable sentence is paired with its next copy, plus the few near-copies of the sample.
        XCTAssertLessThan(grouped.count, sentencesPerCopy * copies * 2)
        XCTAssertGreaterThan(full.count, sentencesPerCopy * copies * (copies - 1) / 2)
    }

    func testASmallGroupKeepsEveryPairAndALargeOneAChain() {
        let sentence = Array("政务服务数据管理局按照绩效目标完成了年度工作任务".unicodeScalars)
        let set = Shingles(sentence, size: 5)
        let few = IdenticalSentences(Array(repeating: set, count: 4)) { _ in true }.pairs(Array(repeating: set, count: 4), matching: exact)
        XCTAssertEqual(few.map { [$0.left, $0.right] }, [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]])
        let many = IdenticalSentences(Array(repeating: set, count: 20)) { _ in true }.pairs(Array(repeating: set, count: 20), matching: exact)
        XCTAssertEqual(many.map { [$0.left, $0.right] }, (0..<19).map { [$0, $0 + 1] })
    }
}
