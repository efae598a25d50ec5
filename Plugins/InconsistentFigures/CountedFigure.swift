import CheckerKit
import ReportModel

/// A count printed as number + measure word + noun ("11 个标准环节", "35 个专题模块"), with whose
/// count it is and when: what `CountContradictions` compares across differently worded
/// sentences.
struct CountedFigure {
    let figure: Figure
    /// The noun after the measure word: "标准环节进行全方位", cut at punctuation.
    let noun: String
    let subject: Subject
    let moment: Moment
    let scope: CountScope
    /// Paragraph and offset of the sentence start: figures of one sentence are never compared,
    /// and one sentence's counts are reported together.
    let sentence: SentenceID

    struct SentenceID: Hashable, Comparable {
        let paragraph: Int
        let start: Int

        static func < (lhs: SentenceID, rhs: SentenceID) -> Bool { (lhs.paragraph, lhs.start) < (rhs.paragraph, rhs.start) }
    }

    var line: Int { figure.span.startLine }
    var value: Interval { Interval(figure.amount) }
    /// "11 个标准环节".
    var printed: String { "\(figure.amount.printed) \(figure.unit ?? "")\(noun)" }

    /// Whether the two may count the same thing: same measure word, nouns that share their
    /// opening ("主题" in "业务主题", "指标上线" and "分析指标"), one subject, one time, one scope.
    func mayCountTheSame(as other: CountedFigure) -> Bool {
        sentence != other.sentence && figure.unit == other.figure.unit && nounsMatch(noun, other.noun)
            && subject.matches(other.subject) && scope == other.scope && Self.sameTime(moment, other.moment)
    }

    private static let nounOpening = 2

    private func nounsMatch(_ one: String, _ other: String) -> Bool {
        let first = String(one.unicodeScalars.prefix(Self.nounOpening))
        let second = String(other.unicodeScalars.prefix(Self.nounOpening))
        return other.hasSubstring(first) || one.hasSubstring(second)
    }

    /// As for `Candidate`s: undated figures share one moment, 截至目前 (a day the report never
    /// names) matches only itself, named dates must coincide.
    private static func sameTime(_ one: Moment, _ other: Moment) -> Bool {
        one.coincides(with: other)
    }
}

/// What a count is said to be besides its noun: planned (目标, 计划, 预计) or achieved, and
/// cumulative (累计, 以来) or for the year (今年, 本年, 年度). A target and its achievement, or
/// a running total and a year's count, are different quantities.
struct CountScope: Hashable {
    let isPlanned: Bool
    let span: Span

    enum Span: Hashable { case cumulative, annual, unstated }

    private static let planWords = ["目标", "计划", "预计", "拟", "力争", "预期"]
    private static let cumulativeWords = ["累计", "以来", "历年"]
    private static let annualWords = ["今年", "本年", "全年", "年度", "当年"]

    /// Read from the sentence's words before the figure.
    init(_ words: String) {
        isPlanned = Self.planWords.contains(where: words.hasSubstring)
        if Self.cumulativeWords.contains(where: words.hasSubstring) {
            span = .cumulative
        } else {
            span = Self.annualWords.contains(where: words.hasSubstring) ? .annual : .unstated
        }
    }
}
