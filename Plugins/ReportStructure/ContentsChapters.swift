import CheckerKit
import Foundation
import ReportModel

/// The 目录's 情况说明 entries against the body's chapters: a chapter listed but not printed, or
/// printed but not listed. The template itself lists "其他重要事项说明" and heads the chapter
/// "其他重要事项的情况说明", so "…的情况说明" and "…说明" are the same chapter.
struct ContentsChapters {
    let view: DocumentView
    /// Chapter beginnings the format requires: a listed one the body lacks is a missing section,
    /// reported as such, not a second finding here.
    let required: [String]

    var findings: [Finding] {
        let listed = entries
        let printed = chapters
        guard !listed.isEmpty, !printed.isEmpty else { return [] }
        let listedKeys = listed.map { ContentsChapters.key(Compact.text($0.title)) }
        let printedKeys = printed.map { ContentsChapters.key($0.plainTitle) }
        let absent = zip(listed, listedKeys).filter { _, key in !printedKeys.contains { $0.hasPrefix(key) } && !required.contains { key.hasPrefix($0) } }.map { entry, _ in
            Locations.finding(.contentsMismatch, LocalizedText(en: "the 目录 lists the chapter \(entry.marker)\(Compact.text(entry.title)), which the 情况说明 does not print", zh: "目录列有“\(entry.marker)\(Compact.text(entry.title))”一章，情况说明中却没有"), [Locations.section(entry)])
        }
        let unlisted = zip(printed, printedKeys).filter { _, key in !listedKeys.contains { key.hasPrefix($0) } }.map { chapter, _ in
            Locations.finding(.contentsMismatch, LocalizedText(en: "the chapter \(heading(chapter)) is printed but the 目录 does not list it", zh: "情况说明有“\(heading(chapter))”一章，目录中却未列示"), [Locations.chapter(chapter)])
        }
        return absent + unlisted
    }

    /// A heading that opens its paragraph runs on into the text, which in this format starts with
    /// the department's name.
    private func heading(_ chapter: DocumentView.Chapter) -> String {
        let title = chapter.plainTitle
        guard let name = view.identity.department, let range = title.range(of: name), range.lowerBound > title.startIndex else { return String(title.prefix(30)) }
        return String(title[..<range.lowerBound])
    }

    /// The 目录's entries under its 情况说明 part.
    var entries: [Section] {
        guard let part = view.contents.first(where: { $0.level == 1 && Compact.text($0.title).hasSuffix("情况说明") }) else { return [] }
        return view.contents.filter { $0.parent == part.index }
    }

    /// The body's chapters between its 情况说明 part heading and the next part.
    private var chapters: [DocumentView.Chapter] {
        guard let part = view.bodyPart("情况说明") else { return [] }
        let end = view.bodySections.first { $0.level == 1 && $0.span.startLine > part.span.startLine }?.span.startLine ?? Int.max
        return view.chapters.filter { $0.span.startLine > part.span.startLine && $0.span.startLine < end }
    }

    /// The title as the list and the heading may both spell it (a heading that opens its paragraph
    /// runs on into the text, so entries are compared as beginnings): without a leading year, "的情况说明" as "说明".
    static func key(_ title: String) -> String {
        let plain = title.replacingOccurrences(of: #"^\d{4}年度?"#, with: "", options: .regularExpression)
        return plain.replacingOccurrences(of: "的情况说明", with: "说明")
    }
}
