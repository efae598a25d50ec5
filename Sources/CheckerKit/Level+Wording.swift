extension Level {
    /// The level as a reviewer reads it: "error", or "错误" in Chinese.
    public func label(in language: Language) -> String {
        switch (language, self) {
        case (.en, _): rawValue
        case (.zh, .error): "错误"
        case (.zh, .warning): "警告"
        case (.zh, .note): "提示"
        }
    }
}
