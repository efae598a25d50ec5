import CheckerKit
import Foundation
import ReportModel
import RulePackModel

/// Tables and chapters the report's format requires, the 目录 against the body, and empty tables.
struct Completeness {
    let view: DocumentView
    let format: ReportFormat

    /// The pack's format, if enough of the report's tables carry its own titles: the required
    /// tables are the pack's standard tables it marks required, the chapters its sections.
    static func format(of report: Report, pack: RulePack?) -> ReportFormat? {
        guard let pack else { return nil }
        let tables = pack.tables.filter(\.required).compactMap { table in
            table.kind.map { RequiredTable(kind: $0, title: table.title, section: table.section, subject: table.subject) }
        }
        let titles = Set(report.tables.map(title))
        guard tables.filter({ titles.contains($0.title) }).count >= FormatData.recognisedTitles else { return nil }
        return ReportFormat(name: pack.name, tables: tables, sections: pack.sections)
    }

    /// The printed title, blanks and any "表N" removed.
    static func title(_ table: Table) -> String {
        let compact = Compact.text(table.title)
        guard let match = Patterns.firstMatch(#"^表\d+"#, in: compact), let number = match[0] else { return compact }
        return String(compact.dropFirst(number.count))
    }

    var findings: [Finding] {
        missingTables + contentsMismatches + ContentsChapters(view: view, required: format.sections).findings + emptyTables + missingSections
    }

    private var report: Report { view.report }

    private func printed(_ required: RequiredTable) -> Table? {
        report.tables.first { Completeness.title($0) == required.title } ?? report.tables.first { $0.kind == required.kind }
    }

    /// The 目录's entries under its 决算表 part.
    private var listedTables: [Section] {
        guard let part = view.contents.first(where: { $0.level == 1 && Compact.text($0.title).hasSuffix("决算表") }) else { return [] }
        return view.contents.filter { $0.parent == part.index }
    }

    private func isListed(_ required: RequiredTable) -> Bool {
        listedTables.contains { Compact.text($0.title) == required.title }
    }

    private var missingTables: [Finding] {
        format.tables.filter { printed($0) == nil }.map { required in
            let listed = listedTables.first { Compact.text($0.title) == required.title }
            let listing = LocalizedText(en: listed == nil ? "" : " though the 目录 lists it", zh: listed == nil ? "" : "，但目录列有该表")
            let location = listed.map(Locations.section) ?? FindingLocation(span: view.bodyPart("决算表")?.span, logical: required.title)
            let message = LocalizedText(
                en: "\(required.title) is not printed\(listing.en); the \(format.name) format requires it, printed with a 说明 when it has no amounts",
                zh: "未公开\(required.title)\(listing.zh)；\(format.name) 格式要求公开该表，无数据时也应公开并附说明"
            )
            return Locations.finding(.missingTable, message, [location])
        }
    }

    /// Entries the body does not print and tables the 目录 does not list; an entry and a table in
    /// the same place of the list are one table under two names (a note, not two warnings).
    private var contentsMismatches: [Finding] {
        guard !listedTables.isEmpty else { return [] }
        let printedTitles = Set(report.tables.map(Completeness.title))
        var absent = listedTables.enumerated().filter { _, entry in
            let title = Compact.text(entry.title)
            return !format.tables.contains { $0.title == title } && !printedTitles.contains(title)
        }
        var unlisted = format.tables.enumerated().compactMap { position, required -> (Int, Table)? in
            guard let table = printed(required), !isListed(required), !listedTables.contains(where: { Compact.text($0.title) == Completeness.title(table) }) else { return nil }
            return (position, table)
        }
        var renamed: [Finding] = []
        for (position, entry) in absent {
            guard let pair = unlisted.firstIndex(where: { $0.0 == position }) else { continue }
            let table = unlisted.remove(at: pair).1
            absent.removeAll { $0.offset == position }
            renamed.append(Locations.finding(.contentsMismatch, .note, LocalizedText(en: "the 目录 calls \(Completeness.title(table)) \(Compact.text(entry.title))", zh: "目录将\(Completeness.title(table))称为“\(Compact.text(entry.title))”"), [Locations.section(entry)], related: [Locations.table(table)]))
        }
        let listedOnly = absent.map { _, entry in
            Locations.finding(.contentsMismatch, LocalizedText(en: "the 目录 lists \(Compact.text(entry.title)), which the body does not print", zh: "目录列有\(Compact.text(entry.title))，正文中却没有"), [Locations.section(entry)])
        }
        let printedOnly = unlisted.map { _, table in
            Locations.finding(.contentsMismatch, LocalizedText(en: "\(Completeness.title(table)) is printed but the 目录 does not list it", zh: "正文公开了\(Completeness.title(table))，目录中却未列示"), [Locations.table(table)])
        }
        return listedOnly + printedOnly + renamed
    }

    private var emptyTables: [Finding] {
        format.tables.compactMap { required -> Finding? in
            guard let table = printed(required), table.isEmpty else { return nil }
            if let amount = amountInChapter(of: required) {
                let stated = "\(amount.figure.amount.printed) \(amount.figure.unit ?? "")"
                let message = LocalizedText(
                    en: "\(Completeness.title(table)) prints no amounts, but its chapter \(amount.chapter) states \(stated)"
                        + "; either the table lost its figures or the chapter should say there were none",
                    zh: "\(Completeness.title(table))为空表，但其说明章节\(amount.chapter)列有 \(stated)；要么表中数据缺失，要么该章节应说明本年无此项"
                )
                return Locations.finding(.emptyTableWithAmounts, message, [FindingLocation(span: amount.figure.span, logical: "\(amount.chapter) / \(amount.figure.phrase)")], related: [Locations.table(table)])
            }
            guard !Completeness.statesEmpty(table.notes) else { return nil }
            return Locations.finding(.emptyTableStatement, LocalizedText(en: "\(Completeness.title(table)) prints no amounts and no 说明 saying so (本表无数据 / 本年度没有…收入和支出)", zh: "\(Completeness.title(table))为空表，且未附说明（本表无数据 / 本年度没有…收入和支出）"), [Locations.table(table)])
        }
    }

    static func statesEmpty(_ notes: [String]) -> Bool {
        let text = Compact.text(notes.joined())
        return FormatData.emptyTableStatements.contains { text.contains($0) } || Patterns.firstMatch(FormatData.emptyTableStatementPattern, in: text) != nil
    }

    private func amountInChapter(of required: RequiredTable) -> (chapter: String, figure: Figure)? {
        guard let fragment = required.section, let subject = required.subject, let chapter = view.chapter(fragment) else { return nil }
        let indices = Set(chapter.paragraphs.map(\.index))
        let figure = report.figures.first { figure in
            indices.contains(figure.paragraph) && ["万元", "亿元", "元"].contains(figure.unit ?? "") && !figure.amount.value.isZero
                && Completeness.sentence(of: figure, in: report).contains(subject)
        }
        return figure.map { (fragment, $0) }
    }

    /// The sentence around a figure: a chapter that runs on into the next one's text (a heading
    /// lost in extraction) must not lend the next chapter's amounts to this table.
    static func sentence(of figure: Figure, in report: Report) -> String {
        let scalars = Array(report.paragraphs[figure.paragraph].text.unicodeScalars)
        let ends: Set<Unicode.Scalar> = ["。", "；", "！", "？"]
        let start = scalars[..<min(figure.range.lowerBound, scalars.count)].lastIndex { ends.contains($0) }.map { $0 + 1 } ?? 0
        let end = scalars[min(figure.range.upperBound, scalars.count)...].firstIndex { ends.contains($0) } ?? scalars.count
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    private var missingSections: [Finding] {
        let entries = ContentsChapters(view: view, required: format.sections).entries.map { ContentsChapters.key(Compact.text($0.title)) }
        return format.sections.filter { view.chapter($0) == nil }.map { fragment in
            let listed = entries.contains { $0.hasPrefix(fragment) }
            let message = LocalizedText(
                en: "the 情况说明 has no chapter \(fragment)…\(listed ? " though the 目录 lists it" : ""); the \(format.name) format requires one",
                zh: "情况说明中没有“\(fragment)…”一章\(listed ? "，但目录列有该章" : "")；\(format.name) 格式要求包含该章"
            )
            return Locations.finding(.missingSection, message, [FindingLocation(span: view.bodyPart("情况说明")?.span, logical: "情况说明 / \(fragment)")])
        }
    }
}
