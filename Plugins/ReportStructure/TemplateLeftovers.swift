import CheckerKit
import ReportModel

/// Placeholders of the blank template still in the report, or the blank template itself.
struct TemplateLeftovers {
    let view: DocumentView

    private var report: Report { view.report }

    /// Every placeholder, the first pattern winning where two overlap.
    var matches: [(TextMatch, Placeholder, String?)] {
        texts.flatMap { paragraph, place -> [(TextMatch, Placeholder, String?)] in
            var taken: [Range<String.Index>] = []
            var found: [(TextMatch, Placeholder, String?)] = []
            for placeholder in FormatData.placeholders {
                for match in TextMatch.all(placeholder.pattern, in: paragraph) where !taken.contains(where: { $0.overlaps(match.range) }) {
                    taken.append(match.range)
                    found.append((match, placeholder, place))
                }
            }
            return found.sorted { $0.0.range.lowerBound < $1.0.range.lowerBound }
        }
    }

    /// Paragraphs, headings and table notes, each as a paragraph so that matches point at the source.
    private var texts: [(Paragraph, String?)] {
        let headings = report.sections.map { section in
            (Paragraph(index: -1, text: section.title, section: section.index, span: section.span, pieces: []), Optional("\(section.marker)\(Compact.text(section.title))"))
        }
        let notes = report.tables.flatMap { table in
            table.notes.map { (Paragraph(index: -1, text: $0, section: nil, span: table.span, pieces: []), Optional("\(Completeness.title(table)) / 注")) }
        }
        return report.paragraphs.map { ($0, nil) } + headings + notes
    }

    /// A blank template: placeholders everywhere, and the department's own name one of them or
    /// no table with an amount (one stray cell read from a placeholder row does not make it a report).
    func isBlankTemplate(placeholderCount: Int) -> Bool {
        guard placeholderCount >= FormatData.templatePlaceholderCount else { return false }
        let standard = report.tables.filter { $0.kind != .other }
        return view.identity.department?.contains("XX") == true || (!standard.isEmpty && standard.allSatisfy(\.isEmpty))
    }

    var findings: [Finding] {
        let found = matches
        if isBlankTemplate(placeholderCount: found.count) {
            let placeholderName = view.identity.department.flatMap { $0.contains("XX") ? $0 : nil }
            let name = placeholderName.map { "the department is called \($0)" } ?? "no table carries an amount"
            let nameZh = placeholderName.map { "部门名称为“\($0)”" } ?? "各表均无金额"
            let message = LocalizedText(
                en: "this is the blank template, not a department's report: \(name), and \(found.count) placeholders (XX局, XXX 万元, …) remain; nothing else is checked",
                zh: "这是空白模板而非部门决算：\(nameZh)，且留有 \(found.count) 处占位符（XX局、XXX 万元等）；不再做其他检查"
            )
            return [Locations.finding(.blankTemplate, message, [found.first.map { Locations.match($0.0, in: report, place: $0.2) } ?? Locations.report(report)])]
        }
        return found.map { match, placeholder, place in
            let (level, what): (Level, LocalizedText) = switch placeholder.missing {
            case .name: (.error, LocalizedText(en: "a name is missing", zh: "缺少名称"))
            case .figure: (.error, LocalizedText(en: "a figure is missing", zh: "缺少数字"))
            case .wording: (.warning, LocalizedText(en: "the template's wording was not filled in or chosen", zh: "模板措辞未填写或未选定"))
            case .instruction: (.note, LocalizedText(en: "the template's instruction was left in", zh: "模板中的填报说明未删除"))
            }
            let message = LocalizedText(
                en: "“\(match.text)” is a template placeholder (\(what.en)): “\(match.quote)”",
                zh: "“\(match.text)”是模板占位符（\(what.zh)）：“\(match.quote)”"
            )
            return Locations.finding(.placeholder, level, message, [Locations.match(match, in: report, place: place)])
        }
    }
}
