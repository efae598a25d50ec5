import ReportModel

/// Finds a figure's `Subject`: the first name in its own sentence before it (Chinese puts the
/// topic first: "③“粤政易·汕尾版”全省率先上线“数看汕尾”…等 7 个特色功能" is about 粤政易),
/// else the first strong name of the sentence just before ("二是全省率先打造一体化监管平台。对…
/// 9 个标准环节"), else the first name of the innermost heading that has one. Sentences further
/// back have usually moved on to another subject.
struct SubjectLookup {
    let report: Report

    /// Sentence ends, and the circled numbers (①…⑳) that open a new item of an enumeration,
    /// each item with a subject of its own.
    static func isSentenceBoundary(_ scalar: Unicode.Scalar) -> Bool {
        "。；！？;!?".unicodeScalars.contains(scalar) || (0x2460...0x2473).contains(scalar.value)
    }

    func subject(of figure: Figure, in scalars: [Unicode.Scalar]) -> Subject? {
        let start = Self.sentenceStart(before: figure.range.lowerBound, in: scalars)
        if let own = Subject.names(in: scalars, start..<figure.range.lowerBound).first { return own.subject }
        if start > 0, let strong = Subject.names(in: scalars, Self.sentenceStart(before: start - 1, in: scalars)..<(start - 1)).first(where: \.strong) {
            return strong.subject
        }
        return headingSubject(of: report.paragraphs[figure.paragraph])
    }

    static func sentenceStart(before offset: Int, in scalars: [Unicode.Scalar]) -> Int {
        (scalars[..<offset].lastIndex(where: Self.isSentenceBoundary) ?? -1) + 1
    }

    private func headingSubject(of paragraph: Paragraph) -> Subject? {
        for section in report.sectionPath(of: paragraph).reversed() {
            let title = Array(section.title.unicodeScalars)
            if let name = Subject.names(in: title, title.indices).first { return name.subject }
        }
        return nil
    }
}
