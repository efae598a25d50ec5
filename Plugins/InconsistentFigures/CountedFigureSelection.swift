import ReportModel

/// The counts that take part in `CountContradictions`. Left out: figures without a measure
/// word that counts things (人, 次 and time units name no noun after them; money is compared by
/// `CandidateSelection`), zeros, approximate figures and the ends of ranges ("3-5 个", "10 个
/// 左右"), parts (after 其中), changes and comparisons ("由 36 个增加至 47 个"), and figures
/// whose subject no sentence or heading names.
struct CountedFigureSelection {
    let report: Report

    private static let measureWords: Set<String> = ["个", "家", "项", "种", "类", "部", "台", "套", "条", "件", "份", "张", "笔", "名", "所", "户", "场", "批"]
    private static let clauseMarks: Set<Unicode.Scalar> = Set("，,：:".unicodeScalars)
    private static let boundWords = ["左右", "以内", "以上", "以下", "上下"]
    private static let longestNoun = 6

    func counts() -> [CountedFigure] {
        let lookup = SubjectLookup(report: report)
        let byParagraph = Dictionary(grouping: report.figures, by: \.paragraph)
        return byParagraph.keys.sorted().flatMap { index -> [CountedFigure] in
            let scan = ParagraphScan(report.paragraphs[index].text)
            let figures = byParagraph[index] ?? []
            return figures.compactMap { figure in
                counted(figure, earlier: figures.filter { $0.range.upperBound <= figure.range.lowerBound }, scan, lookup)
            }
        }
    }

    private func counted(_ figure: Figure, earlier: [Figure], _ scan: ParagraphScan, _ lookup: SubjectLookup) -> CountedFigure? {
        let scalars = scan.scalars
        guard let unit = figure.unit, Self.measureWords.contains(unit), !figure.amount.value.isZero, !figure.isApproximate,
              !figure.isRangeEnd(in: scalars), let noun = noun(after: figure, scalars),
              !RelativePhrase.isComparison(noun), !RelativePhrase.isPart(at: figure.range.lowerBound, in: scan)
        else { return nil }
        let start = SubjectLookup.sentenceStart(before: figure.range.lowerBound, in: scalars)
        let words = String(String.UnicodeScalarView(scalars[start..<figure.range.lowerBound]))
        let clause = words.unicodeScalars.split { Self.clauseMarks.contains($0) }.last.map { String(String.UnicodeScalarView($0)) } ?? words
        guard !RelativePhrase.isComparison(clause), let subject = lookup.subject(of: figure, in: scalars) else { return nil }
        // A date reaches to the end of its own sentence here, not past "；": the clauses of a
        // long list of tasks are dated each on its own.
        let compact = words.unicodeScalars.withoutBlanks
        let time = ([figure] + earlier.reversed()).lazy.compactMap(\.time).first(where: compact.hasSubstring)
        return CountedFigure(
            figure: figure, noun: noun, subject: subject, moment: Moment(time), scope: CountScope(words),
            sentence: CountedFigure.SentenceID(paragraph: figure.paragraph, start: start)
        )
    }

    /// Words that follow a counted noun: "9 个标准环节进行…", "1186 个指标上线".
    private static let followers = ["进行", "上线", "接入", "实现", "开展", "分别", "通过", "全部", "支撑", "完成", "提供", "的"]

    /// The ideographs right after the measure word, at most a few, up to a verb that follows
    /// the noun; what remains of a verb is tolerated by `CountedFigure` comparing openings.
    private func noun(after figure: Figure, _ scalars: [Unicode.Scalar]) -> String? {
        let after = scalars[figure.range.upperBound...].drop { $0.isBlank }
        var text = String(String.UnicodeScalarView(after.prefix { $0.properties.isIdeographic }.prefix(Self.longestNoun)))
        for follower in Self.followers where text.hasSubstring(follower) {
            if let found = text.range(of: follower), text.distance(from: text.startIndex, to: found.lowerBound) >= 2 {
                text = String(text[..<found.lowerBound])
            }
        }
        guard text.unicodeScalars.count >= 2, !Self.boundWords.contains(where: text.hasPrefix) else { return nil }
        return text
    }
}
