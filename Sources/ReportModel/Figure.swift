import Foundation

/// A number in the narrative, with what it measures.
public struct Figure: Codable, Hashable, Sendable {
    public var amount: Amount
    /// The unit as printed after the number ("万元", "亿条", "人", "%"), if any.
    public var unit: String?
    /// The value in the unit's base ("亿元" → "万元"), where the unit converts.
    public var base: BaseValue?
    /// The words the number quantifies: "大厅自启用以来累计接待群众和企业人数".
    public var phrase: String
    /// A date or period qualifying the number: "截至2021年11月26日", "2021年".
    public var time: String?
    /// Printed as a bound or estimate ("约", "近", "多", "余", "以上"): not an exact count.
    public var isApproximate: Bool
    /// Index into `Report.paragraphs`.
    public var paragraph: Int
    /// Scalar offsets of the number and its unit in the paragraph's text.
    public var range: Range<Int>
    public var span: SourceSpan

    public init(amount: Amount, unit: String?, base: BaseValue?, phrase: String, time: String?, isApproximate: Bool = false, paragraph: Int, range: Range<Int>, span: SourceSpan) {
        self.amount = amount
        self.unit = unit
        self.base = base
        self.phrase = phrase
        self.time = time
        self.isApproximate = isApproximate
        self.paragraph = paragraph
        self.range = range
        self.span = span
    }

    public struct BaseValue: Codable, Hashable, Sendable {
        public var value: Decimal
        public var unit: String

        public init(value: Decimal, unit: String) {
            self.value = value
            self.unit = unit
        }

        private enum CodingKeys: String, CodingKey { case value, unit }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value.plainString, forKey: .value)
            try container.encode(unit, forKey: .unit)
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let text = try container.decode(String.self, forKey: .value)
            guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
                throw DecodingError.dataCorruptedError(forKey: .value, in: container, debugDescription: "not a decimal: \(text)")
            }
            self.value = value
            unit = try container.decode(String.self, forKey: .unit)
        }
    }
}
