/// Whose count a figure is: the platform, mini-program, hall or named project its sentence or
/// section is about. Reports restate a system's figures in the overview and again in the
/// project's own section with other words around them ("打造一体化监管平台。对…等 9 个标准环节"
/// and, under "（14）一体化监管平台", "平台将…标准化为…等 11 个标准环节"), so the subject is
/// read from the nearest place that names one, not from the words just before the number.
struct Subject: Hashable {
    /// The name without quotes: "一体化监管平台", "数看汕尾", "善美店小二小程序".
    let name: String
    /// Whether the name ends in a head noun (平台, 小程序, …): such a name is often printed
    /// with more or fewer modifiers ("政务服务一体化监管平台"), so one may end with the other.
    let isHeaded: Bool

    func matches(_ other: Subject) -> Bool {
        guard isHeaded, other.isHeaded else { return name == other.name }
        let (short, long) = name.unicodeScalars.count <= other.name.unicodeScalars.count ? (name, other.name) : (other.name, name)
        return short.unicodeScalars.count >= Self.shortestHeadedName && long.hasSuffix(short)
    }

    /// "平台" alone refers back to a subject named earlier; it names none itself.
    private static let shortestHeadedName = 4
    private static let heads: [[Unicode.Scalar]] = ["小程序", "平台", "中台", "公众号", "大厅"].map { Array($0.unicodeScalars) }
    private static let project = Array("项目".unicodeScalars)
    /// Longest run of modifiers kept before a head: a longer run is the sentence's opening.
    private static let longestModifiers = 10
    /// Verbs and dates that end the run of modifiers before a head: "率先打造一体化监管平台"
    /// names 一体化监管平台, "截至 11 月 26日汕尾市业务协同中台" 汕尾市业务协同中台.
    private static let modifierStops: Set<Unicode.Scalar> = Set("造建推启升依通使的是为和及在对年月日".unicodeScalars)
    private static let longestQuotedName = 12

    /// Names in `scalars[range]`, in text order. A quoted name (“数看汕尾”) followed by a head
    /// or 项目 is `strong`; other quoted names (“全过程”, “一件事”) are slogans as often as
    /// names, so they count only in the figure's own sentence.
    static func names(in scalars: [Unicode.Scalar], _ range: Range<Int>) -> [(subject: Subject, strong: Bool)] {
        var found: [(subject: Subject, strong: Bool)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if scalars[index] == "“", let close = scalars[(index + 1)..<range.upperBound].firstIndex(of: "”"),
               let name = quotedName(scalars[(index + 1)..<close]) {
                let after = scalars[(close + 1)..<range.upperBound]
                if let head = heads.first(where: after.starts) {
                    found.append((Subject(name: name + String(String.UnicodeScalarView(head)), isHeaded: true), true))
                    index = close + 1 + head.count
                } else {
                    found.append((Subject(name: name, isHeaded: false), after.starts(with: project)))
                    index = close + 1
                }
                continue
            }
            if let head = heads.first(where: { scalars[index..<range.upperBound].starts(with: $0) }) {
                let modifiers = scalars[range.lowerBound..<index].reversed()
                    .prefix { $0.properties.isIdeographic && !modifierStops.contains($0) }.prefix(longestModifiers)
                if modifiers.count + head.count >= shortestHeadedName {
                    let name = String(String.UnicodeScalarView(modifiers.reversed() + head))
                    found.append((Subject(name: name, isHeaded: true), true))
                }
                index += head.count
                continue
            }
            index += 1
        }
        return found
    }

    private static func quotedName(_ scalars: ArraySlice<Unicode.Scalar>) -> String? {
        guard (2...longestQuotedName).contains(scalars.count), !scalars.contains(where: { $0.properties.numericType != nil }) else { return nil }
        return String(String.UnicodeScalarView(scalars))
    }
}
