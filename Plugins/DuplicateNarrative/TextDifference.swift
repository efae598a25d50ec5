/// One place where two copies differ: what the first copy has there and what the second has.
/// Either side may be empty (a dropped or an added piece).
struct TextDifference: Hashable {
    let first: String
    let second: String

    var description: String {
        switch (first.isEmpty, second.isEmpty) {
        case (false, true): "«\(first)» dropped"
        case (true, false): "«\(second)» added"
        default: "«\(first)» → «\(second)»"
        }
    }
}
