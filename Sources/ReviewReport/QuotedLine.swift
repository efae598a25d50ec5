import Foundation
import CheckerKit
import ReportModel

/// One line of the stored text, quoted beside a finding with its line number.
public struct QuotedLine: Hashable, Sendable {
    public var number: Int
    public var text: String
    /// Whether the finding's span covers this line (the others are context).
    public var isCited: Bool
    /// The page the line is printed on, for a text with pages (a committed PDF's).
    public var page: Int?
    /// For a related place's first line: what the place contributes ("Σ children", "法人库 20.2777").
    public var note: String? = nil
    public var noteZh: String? = nil

    public func note(in language: Language) -> String? {
        language == .zh ? noteZh ?? note : note
    }

    /// "p. 7, line 12", or "12" for a text without pages.
    public var place: String {
        place(in: .en)
    }

    /// "p. 7, line 12" or "第 7 页第 12 行"; the bare number for a text without pages.
    public func place(in language: Language) -> String {
        page.map { language("p. \($0), line \(number)", "第 \($0) 页第 \(number) 行") } ?? "\(number)"
    }

    /// The cited lines of `text` and one line either side, blank lines skipped.
    static func around(startLine: Int, endLine: Int, in lines: [Substring], pages: PageMap) -> [QuotedLine] {
        quote(max(1, startLine - 1), min(lines.count, endLine + 1), cited: startLine...endLine, in: lines, pages: pages)
    }

    /// The cited lines of `span` alone, the first carrying `note`, blank lines skipped.
    static func cited(_ span: SourceSpan, note: LocalizedText, in lines: [Substring], pages: PageMap) -> [QuotedLine] {
        var quoted = quote(max(1, span.startLine), min(lines.count, span.endLine), cited: span.startLine...span.endLine, in: lines, pages: pages)
        if !quoted.isEmpty { (quoted[0].note, quoted[0].noteZh) = (note.en, note.zh) }
        return quoted
    }

    private static func quote(_ first: Int, _ last: Int, cited: ClosedRange<Int>, in lines: [Substring], pages: PageMap) -> [QuotedLine] {
        guard first <= last else { return [] }
        return (first...last).compactMap { number in
            let text = lines[number - 1].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{0C}")))
            guard !text.isEmpty else { return nil }
            return QuotedLine(number: number, text: text, isCited: cited.contains(number), page: pages.hasPages ? pages.page(ofLine: number) : nil)
        }
    }
}
