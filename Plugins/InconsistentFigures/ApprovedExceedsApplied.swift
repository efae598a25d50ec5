import CheckerKit
import ReportModel

/// A sub-population larger than the population it is drawn from: more certified than applied
/// ("申请认证企业数 8717 家（其中汕尾市 6781 家…）" and "认证成功企业数 7692 家（其中汕尾市 7242
/// 家…）"). Within a paragraph, a figure whose words say 申请 and one whose words say 成功 / 通过
/// / 获批 / 批准, with the same words otherwise and the same unit, are the applied and the
/// approved of one quantity: the approved may not exceed the applied, in total or in any part
/// of their 其中 breakdowns that carries the same label (汕尾市 with 汕尾市).
struct ApprovedExceedsApplied {
    let report: Report
    /// `ParagraphFigures.all(report)`, read once for every rule.
    let paragraphs: [ParagraphFigures]

    private static let applied = "申请"
    private static let approved = ["成功", "通过", "获批", "批准"]
    private static let partsClose: Set<Unicode.Scalar> = Set("）)。；;".unicodeScalars)

    /// A paragraph pasted twice makes one finding (`PastedCopies`).
    func findings() -> [Finding] {
        PastedCopies.merged(paragraphs.flatMap(findings))
    }

    private struct Stated {
        let figure: Figure
        /// Its clause's words: "认证成功企业数".
        let name: String
        /// The words without 申请 or the approval word: "认证企业数".
        let key: String
        /// The figures of its 其中 breakdown, by label ("汕尾市", "剩余").
        let parts: [(label: String, figure: Figure)]
    }

    private func findings(_ paragraph: ParagraphFigures) -> [Finding] {
        let applied = stated(paragraph) { $0.hasSubstring(Self.applied) ? $0.removingAll(Self.applied) : nil }
        let approved = stated(paragraph) { words in
            Self.approved.first(where: words.hasSubstring).map { words.removingAll($0) }
        }
        return approved.compactMap { success in
            applied.first { $0.key == success.key && $0.figure.base?.unit == success.figure.base?.unit }
                .flatMap { finding(applied: $0, approved: success) }
        }
    }

    private func stated(_ paragraph: ParagraphFigures, key: (String) -> String?) -> [Stated] {
        paragraph.figures.indices.compactMap { index in
            let figure = paragraph.figures[index]
            guard figure.base != nil, figure.base?.unit != "%", !Self.isBracketed(figure, in: paragraph.scalars) else { return nil }
            let words = paragraph.clause(before: index)
            guard let raw = key(words) else { return nil }
            let key = PhraseKey(phrase: raw).text
            guard key.unicodeScalars.count >= 2 else { return nil }
            return Stated(figure: figure, name: PhraseKey(phrase: words).text, key: key, parts: parts(after: index, paragraph))
        }
    }

    /// The figures in the same unit after the whole and a 其中, up to the bracket or sentence
    /// that closes the list, each labelled by its own clause's words ("汕尾市", "剩余").
    private func parts(after index: Int, _ paragraph: ParagraphFigures) -> [(label: String, figure: Figure)] {
        let whole = paragraph.figures[index]
        var parts: [(label: String, figure: Figure)] = []
        for nextIndex in paragraph.figures.indices.dropFirst(index + 1) {
            let next = paragraph.figures[nextIndex]
            let between = paragraph.scalars[whole.range.upperBound..<next.range.lowerBound]
            guard next.unit == whole.unit, !between.contains(where: Self.partsClose.contains),
                  String(String.UnicodeScalarView(between)).hasSubstring("其中") else { break }
            var label = paragraph.clause(before: nextIndex)
            if label.hasPrefix("其中") { label.removeFirst(2) }
            parts.append((label, next))
        }
        return parts
    }

    /// Inside brackets opened before it: a part of something named outside.
    private static func isBracketed(_ figure: Figure, in scalars: [Unicode.Scalar]) -> Bool {
        let before = scalars[..<figure.range.lowerBound]
        return before.filter { $0 == "（" || $0 == "(" }.count > before.filter { $0 == "）" || $0 == ")" }.count
    }

    private func finding(applied: Stated, approved: Stated) -> Finding? {
        var excesses: [(label: String, applied: Figure, approved: Figure)] = []
        if approved.figure.amount.value > applied.figure.amount.value { excesses.append(("in total", applied.figure, approved.figure)) }
        for part in approved.parts {
            guard let match = applied.parts.first(where: { $0.label == part.label && !part.label.isEmpty }) else { continue }
            if part.figure.amount.value > match.figure.amount.value { excesses.append((part.label, match.figure, part.figure)) }
        }
        guard !excesses.isEmpty else { return nil }
        let listed = excesses.map { "\($0.label) \($0.approved.amount.printed) > \($0.applied.amount.printed)" }.joined(separator: ", ")
        let unit = applied.figure.unit ?? ""
        let message = LocalizedText(
            en: "\(approved.name) exceeds \(applied.name) (\(unit)): \(listed); more approved than applied",
            zh: "\(approved.name)多于\(applied.name)（\(unit)）：\(listed)；获批数不应超过申请数"
        )
        let rule = Rule.partExceedsWhole
        let locations = excesses.flatMap { [location($0.approved, "\($0.label) \($0.approved.amount.printed) \(unit)"), location($0.applied, "\($0.label) \($0.applied.amount.printed) \(unit)")] }
        return Finding(ruleID: rule.id, level: rule.level, message: message, locations: locations)
    }

    private func location(_ figure: Figure, _ note: String) -> FindingLocation {
        FindingLocation(span: figure.span, logical: "\(report.sectionLabel(of: figure) ?? "narrative") / \(note)", note: note)
    }
}
