import ReportModel

/// How much checking a report may ask for before `audit commit` leaves it to be checked on
/// demand. Lines alone do not measure it: a 5 MB report on one line held a commit for two
/// minutes. Size bounds the parse; paragraphs, sentences and figures bound what the
/// checkers compare pairwise. The sample report is 138 KB: 228 paragraphs, about 900
/// sentences, 648 figures; these limits are about fifteen times that.
public struct WorkBudget: Sendable {
    public var bytes: Int
    public var paragraphs: Int
    public var sentences: Int
    public var figures: Int

    public static let commit = WorkBudget(bytes: 2 << 20, paragraphs: 4_000, sentences: 15_000, figures: 10_000)

    public init(bytes: Int, paragraphs: Int, sentences: Int, figures: Int) {
        self.bytes = bytes
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.figures = figures
    }

    /// What is over budget in a file of `bytes` bytes, or nil; known before parsing.
    public func excess(bytes count: Int) -> String? {
        count > bytes ? "\(count) bytes is over \(bytes)" : nil
    }

    /// What is over budget in the parsed report, or nil.
    public func excess(_ report: Report) -> String? {
        if report.paragraphs.count > paragraphs { return "\(report.paragraphs.count) paragraphs is over \(paragraphs)" }
        if report.figures.count > figures { return "\(report.figures.count) figures is over \(figures)" }
        let count = Self.sentences(in: report)
        return count > sentences ? "\(count) sentences is over \(sentences)" : nil
    }

    /// Whether a report of `text` is certainly within budget, known without parsing it: from upper
    /// bounds of what the parse finds (`ReportBounds`), and because every sentence counted is a
    /// paragraph or a sentence end the text holds.
    public func certainlyHolds(_ text: String) -> Bool {
        guard excess(bytes: text.utf8.count) == nil else { return false }
        let bounds = ReportBounds(of: text)
        let ends = text.unicodeScalars.reduce(0) { $0 + (Self.isTerminator($1) ? 1 : 0) }
        return bounds.paragraphs <= paragraphs && bounds.figures <= figures && bounds.paragraphs + ends <= sentences
    }

    /// Sentence ends (。；！？ and their ASCII forms) plus one per paragraph: a measure of the
    /// work, not the checkers' own sentence split.
    private static func sentences(in report: Report) -> Int {
        report.paragraphs.reduce(0) { count, paragraph in
            count + 1 + paragraph.text.unicodeScalars.reduce(0) { $0 + (isTerminator($1) ? 1 : 0) }
        }
    }

    /// A switch rather than a set: hashing every scalar of the report was most of the budget's
    /// cost at commit (issue 19).
    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "；", "！", "？", ";", "!", "?": return true
        default: return false
        }
    }
}
