import ReportModel

/// The report read as a document: its 目录 (contents), where the body starts, and the body's
/// 情况说明 chapters (一、 二、 …), whether the parser made their headings sections or left them
/// at the start of the paragraph they open.
struct DocumentView {
    let report: Report
    /// Sections printed in the 目录, in order.
    let contents: [Section]
    /// The first line after the 目录 (1 when there is none).
    let bodyStart: Int
    let chapters: [Chapter]
    let identity: ReportIdentity

    struct Chapter {
        /// The heading without its marker, blanks removed.
        let title: String
        let span: SourceSpan
        /// True where the heading opens its first paragraph rather than standing as a section.
        let opensParagraph: Bool
        var paragraphs: [Paragraph]

        /// The title without a leading "2021年度" or "汕尾市民政局2021年度", as the format data spells
        /// chapter beginnings.
        var plainTitle: String {
            let afterName = String(title.dropFirst(TitleDepartments.leadingName(of: title)?.count ?? 0))
            guard let year = Chapter.leadingYear(of: afterName) else { return afterName }
            return String(afterName.dropFirst(year.count))
        }

        /// "2021年度" at the start of the title.
        var leadingYear: String? { Chapter.leadingYear(of: title) }

        private static func leadingYear(of title: String) -> String? {
            Patterns.firstMatch(#"^\d{4}年度?"#, in: title)?[0] ?? nil
        }
    }

    init(_ report: Report) {
        self.report = report
        (contents, bodyStart) = DocumentView.contents(of: report)
        chapters = DocumentView.chapters(of: report, from: bodyStart)
        identity = ReportIdentity(report)
    }

    var bodySections: [Section] { report.sections.filter { $0.span.startLine >= bodyStart } }

    /// The body's part heading whose title contains `word` ("决算表", "情况说明").
    func bodyPart(_ word: String) -> Section? {
        bodySections.first { $0.level == 1 && Compact.text($0.title).contains(word) }
    }

    /// The chapter whose title begins with `fragment` (after any leading year).
    func chapter(_ fragment: String) -> Chapter? {
        chapters.first { $0.plainTitle.hasPrefix(fragment) }
    }

    /// "目录" near the start, then the headings it lists until a part heading repeats.
    private static func contents(of report: Report) -> ([Section], Int) {
        guard let marker = report.paragraphs.prefix(3).first(where: { Compact.text($0.text).contains("目录") }) else { return ([], 1) }
        var listed: [Section] = []
        for section in report.sections where section.span.startLine > marker.span.startLine {
            if section.level == 1, listed.contains(where: { $0.level == 1 && $0.marker == section.marker }) {
                return (listed, section.span.startLine)
            }
            listed.append(section)
        }
        return ([], 1)
    }

    private static func chapters(of report: Report, from start: Int) -> [Chapter] {
        enum Item { case section(Section), paragraph(Paragraph) }
        let items = (report.sections.map { Item.section($0) } + report.paragraphs.map { Item.paragraph($0) })
            .filter { item in
                switch item {
                case .section(let section): section.span.startLine >= start
                case .paragraph(let paragraph): paragraph.span.startLine >= start
                }
            }
            .sorted { line(of: $0) < line(of: $1) }
        func line(of item: Item) -> Int {
            switch item {
            case .section(let section): section.span.startLine
            case .paragraph(let paragraph): paragraph.span.startLine
            }
        }
        var chapters: [Chapter] = []
        var open = false
        for item in items {
            switch item {
            case .section(let section) where section.level == 1:
                open = false
            case .section(let section) where section.level == 2:
                chapters.append(Chapter(title: Compact.text(section.title), span: section.span, opensParagraph: false, paragraphs: []))
                open = true
            case .section:
                continue
            case .paragraph(let paragraph):
                if let match = Patterns.firstMatch(#"^\s*[一二三四五六七八九十]+、"#, in: paragraph.text), let marker = match[0] {
                    let title = Compact.text(paragraph.text.dropFirst(marker.count))
                    chapters.append(Chapter(title: title, span: paragraph.span, opensParagraph: true, paragraphs: [paragraph]))
                    open = true
                } else if open {
                    chapters[chapters.count - 1].paragraphs.append(paragraph)
                }
            }
        }
        return chapters
    }
}
