import CheckerKit

extension BaselineState {
    /// "new", or "新增" in Chinese; SARIF and JSON keep the raw value.
    public func label(in language: Language) -> String {
        switch (language, self) {
        case (.en, _): rawValue
        case (.zh, .new): "新增"
        case (.zh, .unchanged): "未变"
        case (.zh, .updated): "有变化"
        case (.zh, .absent): "已消失"
        }
    }
}

extension Suppression {
    /// The reviewer's decision as shown: "false-positive", or "误报" in Chinese. A decision
    /// this version does not know (a record from a later one) shows as recorded.
    public func decisionLabel(in language: Language) -> String {
        Self.label(ofDecision: decision, in: language)
    }

    /// A decision named by its status ("false-positive") as shown in `language`.
    public static func label(ofDecision decision: String, in language: Language) -> String {
        language == .zh ? decisionsZh[decision] ?? decision : decision
    }

    static let decisionsZh = [
        "confirmed": "确认问题", "accepted": "已接受", "false-positive": "误报", "wont-fix": "不予修改", "under-review": "复核中",
    ]
}
