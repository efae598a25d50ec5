import CheckerKit
import Localization
import ReviewReport

/// A finding as the marked-up PDF shows it: its number on the boxes and in the legends, and
/// its boxes by page.
struct MarkedUpEntry {
    let number: Int
    let entry: ReviewEntry
    let highlights: [Int: [PageHighlight]]
    /// The reviewer's language: the message, rule name and place are in it.
    let language: Language

    var level: Level { entry.finding.level }

    /// The page of its own place, else of its first related place; nil without words on any page.
    let page: Int?

    init(number: Int, entry: ReviewEntry, boxes: SpanBoxes, language: Language) {
        self.number = number
        self.entry = entry
        self.language = language
        highlights = FindingHighlights.of(entry.finding, number: number, in: boxes)
        page = FindingHighlights.primaryPage(of: entry.finding, in: boxes)
    }

    /// "error 错误", the level in both languages a department and its reviewer read.
    var levelName: String {
        switch level {
        case .error: "error 错误"
        case .warning: "warning 警告"
        case .note: "note 提示"
        }
    }

    /// The legend's first line: level, rule, place, and the reviewer's decision when confirmed.
    var heading: String {
        let confirmed = entry.review.suppression?.decision == "confirmed" ? " · confirmed 已确认" : ""
        let place = entry.place(in: language).map { " · \($0)" } ?? ""
        return "\(levelName) · \(ruleName)\(place)\(confirmed)"
    }

    var ruleName: String { entry.ruleName(in: language) }

    /// The figures as printed and what they should be, in the reviewer's language.
    var message: String { entry.finding.message(in: language) }

    /// The other pages its boxes are on, as a legend names them ("also on p. 6, 12").
    func otherPages(than page: Int) -> [Int] {
        highlights.keys.filter { $0 != page }.sorted()
    }
}
