import CheckerKit
import FindingsModel
import Rainbow
import TextEscaping

/// Findings grouped by rule, one block per finding, then the summary. Colour only when asked
/// for: the command asks only when stdout is a terminal.
struct TextRenderer {
    let colour: Bool
    var reviews: [String: FindingReview] = [:]
    var language: Language = .en

    func render(_ run: AuditRun, subject: RunSubject) -> String {
        let label = TerminalText.visibleLine(subject.label)
        let format = subject.format.map(TerminalText.visibleLine)
        let title = language == .zh
            ? "\(label) 的检查结果" + (format.map { "（格式：\($0)）" } ?? "")
            : "Findings in \(label)" + (format.map { " (format: \($0))" } ?? "")
        var lines = [title, ""]
        for group in FindingGroups(run.findings).groups {
            lines.append(paint(header(group, rule: run.rule(group.ruleID)), .default, bold: true))
            lines += group.findings.flatMap { block($0, subject: subject) }
            lines.append("")
        }
        let summary = RunSummary(run: run, language: language)
        lines.append(paint(summary.findingsLine, .default, bold: true))
        lines.append(summary.identitiesLine)
        return lines.joined(separator: "\n") + "\n"
    }

    private func header(_ group: FindingGroups.Group, rule: RuleDescription?) -> String {
        let name = rule.map { " — \($0.name(in: language))" } ?? ""
        return TerminalText.visibleLine("\(group.ruleID)\(name) (\(group.findings.count))")
    }

    private func block(_ finding: Finding, subject: RunSubject) -> [String] {
        // Seven columns either way: a CJK character is two wide.
        let width = language == .zh ? 5 : 7
        let level = paint(finding.level.label(in: language).padding(toLength: width, withPad: " ", startingAt: 0), colour(of: finding.level), bold: true)
        let place = TerminalText.visibleLine(finding.locations.first.map { location in
            location.logical + (location.span.map { span in
                let page = subject.pages.map { "\($0.place(ofLine: span.startLine, in: language)); " } ?? ""
                return "  (\(page)\(subject.artifactURI):\(span))"
            } ?? "")
        } ?? "")
        let message = TerminalText.visible(finding.message(in: language))
        guard let review = reviews[finding.fingerprint] else { return ["  \(level) \(place)", "          \(message)"] }
        return ["  \(level) \(finding.shortID) \(place)\(TerminalText.visibleLine(review.tags(in: language)))", "          \(message)"]
    }

    private func colour(of level: Level) -> NamedColor {
        switch level {
        case .error: .red
        case .warning: .yellow
        case .note: .cyan
        }
    }

    private func paint(_ text: String, _ color: NamedColor, bold: Bool = false) -> String {
        guard colour else { return text }
        let coloured = color == .default ? text : text.applyingColor(color)
        return bold ? coloured.bold : coloured
    }
}

extension FindingReview {
    /// The words the text renderer appends to a finding: "[new]", "[accepted: reason]".
    func tags(in language: Language) -> String {
        let state = baselineState.map { " [\($0.label(in: language))]" } ?? ""
        let decision = suppression.map { " [\($0.decisionLabel(in: language))\(language == .zh ? "：" : ": ")\($0.justification)]" } ?? ""
        return state + decision
    }
}
