import Foundation
import CheckerKit

/// Finds single figures that explain several broken identities at once: a figure is a
/// culprit when one value for it repairs at least two broken identities and leaves every
/// other identity it takes part in unbroken. Greedy, most explanatory figure first; a tie
/// between figures explaining the same identities is left undecided, because the data then
/// cannot say which figure is wrong.
struct Diagnosis {
    struct Culprit {
        var term: Term
        var repair: Decimal
        /// Indices into the evaluated identities.
        var explained: [Int]
    }

    private(set) var culprits: [Culprit] = []
    /// Broken identities no culprit explains.
    private(set) var unexplained: [Int] = []

    init(_ identities: [any Identity], broken: [Int]) {
        let byTerm = Self.index(identities)
        var remaining = Set(broken)
        while let best = Self.bestCulprit(identities, byTerm: byTerm, remaining: remaining) {
            culprits.append(best)
            remaining.subtract(best.explained)
        }
        unexplained = broken.filter(remaining.contains)
    }

    private static func index(_ identities: [any Identity]) -> [String: [Int]] {
        var byTerm: [String: [Int]] = [:]
        for (index, identity) in identities.enumerated() {
            for term in Set(identity.terms.map(\.id)) { byTerm[term, default: []].append(index) }
        }
        return byTerm
    }

    private static func bestCulprit(_ identities: [any Identity], byTerm: [String: [Int]], remaining: Set<Int>) -> Culprit? {
        let suspects = Dictionary(remaining.sorted().flatMap { identities[$0].terms }.map { ($0.id, $0) }) { first, _ in first }
        let candidates = suspects.values
            .compactMap { culprit($0, identities, involved: byTerm[$0.id] ?? [], remaining: remaining) }
            .sorted { ($0.explained.count, $1.term.id) > ($1.explained.count, $0.term.id) }
        guard let best = candidates.first, best.explained.count >= 2 else { return nil }
        let rival = candidates.dropFirst().first { $0.explained.count == best.explained.count && Set($0.explained) == Set(best.explained) }
        return rival == nil ? best : nil
    }

    /// The repair `term` would need, if one value satisfies every identity it is part of.
    private static func culprit(_ term: Term, _ identities: [any Identity], involved: [Int], remaining: Set<Int>) -> Culprit? {
        let brokenHere = involved.filter(remaining.contains)
        guard let repair = brokenHere.lazy.compactMap({ identities[$0].solve(for: term, in: .printed) }).first else { return nil }
        let repaired = Valuation.printed.replacing(term, with: repair)
        let holds = involved.allSatisfy { identities[$0].evaluate(repaired).map { $0.consistency != .broken } ?? true }
        return holds ? Culprit(term: term, repair: repair, explained: brokenHere) : nil
    }
}
