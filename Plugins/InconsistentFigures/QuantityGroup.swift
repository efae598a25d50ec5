import ReportModel

/// Figures that quantify the same thing: the same phrase key and the same base unit. Within a
/// group, figures at coinciding moments must agree; figures at different moments form a series.
struct QuantityGroup {
    /// Candidates in report order, grouped by moment; the moments in order of first appearance.
    let moments: [[Candidate]]

    static func all(_ candidates: [Candidate]) -> [QuantityGroup] {
        let grouped = Dictionary(grouping: candidates) { GroupKey(key: $0.key, unit: $0.baseUnit) }
        return grouped.keys.sorted().compactMap { key in
            let members = grouped[key]!.sorted { $0.line < $1.line }
            return members.count > 1 ? QuantityGroup(members) : nil
        }
    }

    /// For each candidate's figure, its group's key: two figures with one key are compared
    /// by phrase already.
    static func members(_ candidates: [Candidate]) -> [Figure: String] {
        Dictionary(candidates.map { ($0.figure, "\($0.key.text)|\($0.baseUnit)") }) { first, _ in first }
    }

    private init(_ members: [Candidate]) {
        var moments: [[Candidate]] = []
        for candidate in members {
            if let index = moments.firstIndex(where: { $0[0].moment.coincides(with: candidate.moment) }) {
                moments[index].append(candidate)
            } else {
                moments.append([candidate])
            }
        }
        self.moments = moments
    }

    /// The figures of one moment, or of a series, with the first two that disagree.
    typealias Disagreement = (members: [Candidate], pair: (Candidate, Candidate))

    /// The moments whose figures disagree among themselves beyond rounding.
    var contradictions: [Disagreement] {
        moments.compactMap { members in Self.firstDisagreement(in: members).map { (members, $0) } }
    }

    /// Pairs (earlier, later) of a running total that is lower at the later date, one figure
    /// per moment so that a copied sentence does not repeat the finding.
    var decreases: [(earlier: Candidate, later: Candidate)] {
        let members = moments.map { $0[0] }
        return members.flatMap { earlier in
            members.filter { later in
                earlier.moment.precedes(later.moment) && (earlier.isCumulative || later.isCumulative)
                    && later.interval.upper < earlier.interval.lower
            }.map { (earlier: earlier, later: $0) }
        }
    }

    /// The first figure of each moment whose value differs from that at another moment of the
    /// same series, when there are at least two.
    var series: Disagreement? {
        let representatives = moments.map { $0[0] }
        let differing = representatives.filter { one in
            representatives.contains { $0.moment.isSeries(with: one.moment) && !$0.agrees(with: one) }
        }
        return Self.firstDisagreement(in: differing).map { (differing, $0) }
    }

    private static func firstDisagreement(in candidates: [Candidate]) -> (Candidate, Candidate)? {
        for (index, one) in candidates.enumerated() {
            if let other = candidates[(index + 1)...].first(where: { !one.agrees(with: $0) }) { return (one, other) }
        }
        return nil
    }

    private struct GroupKey: Hashable, Comparable {
        let key: PhraseKey
        let unit: String

        static func < (lhs: GroupKey, rhs: GroupKey) -> Bool {
            (lhs.key.text, lhs.unit) < (rhs.key.text, rhs.unit)
        }
    }
}
