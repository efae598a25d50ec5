import Foundation
import CheckerKit

/// A sum of terms, some subtracted: a growth rate's base is "current − increase".
struct SignedSum {
    var added: [Term]
    var subtracted: [Term] = []

    var terms: [Term] { added + subtracted }

    func interval(_ valuation: Valuation) -> Interval {
        let zero = Interval(nominal: 0, lower: 0, upper: 0)
        let plus = added.reduce(zero) { $0 + valuation.interval($1) }
        return subtracted.reduce(plus) { $0 - valuation.interval($1) }
    }
}
