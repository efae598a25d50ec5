import ReportModel

/// The report's paragraphs, each with its numbers as terms and a place that names it without
/// line numbers: "第三部分 / （一）年度收入总体情况 / ¶1".
struct Narrative {
    let paragraphs: [NarrativeParagraph]

    init(_ report: Report) {
        var ordinals: [Int?: Int] = [:]
        paragraphs = report.paragraphs.map { paragraph in
            ordinals[paragraph.section, default: 0] += 1
            return NarrativeParagraph(paragraph, place: Self.place(report, paragraph, ordinal: ordinals[paragraph.section]!))
        }
    }

    private static func place(_ report: Report, _ paragraph: Paragraph, ordinal: Int) -> String {
        let path = report.sectionPath(of: paragraph)
        let part = path.first { $0.level == 1 }.map(\.marker)
        let innermost = path.last.flatMap { $0.level == 1 ? nil : "\($0.marker)\($0.title)" }
        return ([part, innermost].compactMap { $0 } + ["¶\(ordinal)"]).joined(separator: " / ")
    }
}
