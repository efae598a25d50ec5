import CheckerKit
import FindingsModel

/// One finding as the reviewer report shows it.
public struct ReviewEntry: Sendable {
    public var finding: Finding
    public var ruleName: String
    /// The rule's description, for its name in another language; nil for a rule the run does not list.
    public var rule: RuleDescription? = nil
    public var review: FindingReview
    public var context: [QuotedLine]
    /// How many more lines the finding's own span has than `context` quotes.
    public var omittedContextLines = 0
    /// The lines of the finding's related places (the terms of a sum, the other figure), each
    /// place's first line with what it contributes; at most `lineLimit` of them.
    public var related: [QuotedLine] = []
    /// The entry's anchor on the review page, "f-<id>", made unique when two findings share an id.
    public var anchor = ""
    /// How many more related lines there are than `related` quotes.
    public var omittedRelatedLines = 0
    /// "seen in 2020@1, 2021@1", "first seen in 2020@1", "fixed in 2021@2".
    public var history: [String]
    /// The same in Chinese: "出现于 2020@1、2021@1".
    public var historyZh: [String] = []

    /// How many lines the page quotes for a finding's own place, and again for its related
    /// places: enough to recognise a copied passage or a sum, not the passage itself.
    public static let lineLimit = 12

    public var group: ReviewGroup { ReviewGroup(self) }

    /// Where the finding points, "p. 21, line 402" or "line 1260", or nil for one without lines (absent).
    public var place: String? {
        place(in: .en)
    }

    public func place(in language: Language) -> String? {
        context.first(where: \.isCited).map { $0.page == nil ? language("line \($0.number)", "第 \($0.number) 行") : $0.place(in: language) }
    }

    public func ruleName(in language: Language) -> String {
        rule?.name(in: language) ?? ruleName
    }

    public func history(in language: Language) -> [String] {
        language == .zh && !historyZh.isEmpty ? historyZh : history
    }

    /// The status as shown: "new", or "新增" in Chinese; "open" is "待处理".
    public func status(in language: Language) -> String {
        if let suppression = review.suppression { return suppression.decisionLabel(in: language) }
        return review.baselineState?.label(in: language) ?? language("open", "待处理")
    }

    /// The status a reviewer sorts by: the triage decision when there is one, else the
    /// baseline state, else "open".
    public var status: String {
        review.suppression?.decision ?? review.baselineState?.rawValue ?? "open"
    }
}
