import CheckerKit
import Foundation
import ReportModel

/// "基本支出 1,277.36 万元，比上年决算数增加 6.93 万元" or "事业收入 0.00 万元，与上年决算数持平":
/// a figure of this year and its stated change from last year, which together state last
/// year's figure.
struct Claim {
    /// The words naming the figure: "基本支出".
    var subject: String
    var current: Quantity
    /// Signed, negative for 减少/下降; nil for 持平, which states no change exactly.
    var change: Quantity?
    /// "比上年增加", "与上年持平": what the sentence says, without its figures.
    var relation: String
    /// The sentence's words about last year as printed: "比上年决算数增加 6.93 万元".
    var statement: String
    /// Where the change is printed, which is where a wrong claim is most likely wrong.
    var span: SourceSpan
    /// The section the sentence is in, so that two claims about one subject stay apart.
    var place: String

    /// Last year's figure as the sentence states it: current − change.
    var impliedPrevious: Decimal {
        current.value - (change?.value ?? 0)
    }

    /// How far rounding of the printed values alone can move the implied figure.
    var halfUnits: Decimal {
        current.halfUnit + (change?.halfUnit ?? 0)
    }
}
