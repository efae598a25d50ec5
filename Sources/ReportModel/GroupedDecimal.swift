import Foundation

extension Decimal {
    /// The way the report prints money: rounded half away from zero to `decimals` places, thousands
    /// grouped ("20,864.64", "-1,277.36"). Built as ASCII bytes: `plainString` is digits and a
    /// point, and going through `Character`s made this most of the cost of printing a diff.
    public func grouped(decimals places: Int) -> String {
        var rounded = Decimal()
        var exact = self
        NSDecimalRound(&rounded, &exact, places, .plain)
        let negative = rounded < 0
        let plain = Array((negative ? -rounded : rounded).plainString.utf8)
        let point = plain.firstIndex(of: UInt8(ascii: ".")) ?? plain.count
        var text: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        for index in 0..<point {
            if index > 0, (point - index) % 3 == 0 { text.append(UInt8(ascii: ",")) }
            text.append(plain[index])
        }
        if places > 0 {
            let fraction = plain[min(point + 1, plain.count)...]
            text.append(UInt8(ascii: "."))
            text += fraction
            text += repeatElement(UInt8(ascii: "0"), count: max(0, places - fraction.count))
        }
        return String(decoding: text, as: UTF8.self)
    }
}
