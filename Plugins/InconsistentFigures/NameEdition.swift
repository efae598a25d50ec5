/// A year in parentheses inside a name: "政务服务优化提升（2020 年）项目". The report model
/// reads it as the figure's date, but it names which project the figure belongs to, so the
/// checker moves it from the time into the phrase: the 2020 project's budget is a different
/// quantity from the current project's, not the same quantity at another time.
enum NameEdition {
    /// "（2020年）" when `time` stands in parentheses in the paragraph, else nil.
    static func `in`(compact: String, time: String) -> String? {
        let forms = ["（\(time)）", "(\(time))"]
        return forms.first(where: compact.hasSubstring)
    }

    /// The paragraph without white space, as `in(compact:time:)` reads it.
    static func compact(_ text: String) -> String {
        text.unicodeScalars.withoutBlanks
    }
}
