import CheckerKit
import FindingsModel
import Rainbow
import TextEscaping

/// Findings grouped by rule, one block per finding, then the summary. Colour only when asked
/// for: the command asks only when stdout is a terminal.
struct TextRenderer {
    let colour: Bool
    var reviews: [String: FindingReview] = [:]

    func render(_ run: AuditRun, subject: RunSubject) -> String {
        let format = subject.format.map { " (format: \(TerminalText.visibleLine($0)))" } ?? ""
        var lines = ["Findings in \(TerminalText.visibleLine(subject.label))\(format)", ""]
        for group in FindingGroups(run.findings).groups {
            lines.append(paint(header(group, rule: run.rule(group.ruleID)), .default, bold: true))
            lines += group.findings.flatMap { block($0, subject: subject) }
            lines.append("")
        }
        let summary = RunSummary(run: run)
        lines.append(paint(summary.findingsLine, .default, bold: true))
        lines.append(summary.identitiesLine)
        return lines.joined(separator: "\n") + "\n"
    }

    private func header(_ group: FindingGroups.Group, rule: RuleDescription?) -> String {
        let name = rule.map { " — \($0.name)" } ?? ""
        return TerminalText.visibleLine("\(group.ruleID)\(name) (\(group.findings.count))")
    }

    private func block(_ finding: Finding, subject: RunSubject) -> [String] {
        let level = paint(finding.level.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0), colour(of: finding.level), bold: true)
        let place = TerminalText.visibleLine(finding.locations.first.map { location in
            location.logical + (location.span.map { span in
                let page = subject.pages.map { "\($0.place(ofLine: span.startLine)); " } ?? ""
                return "  (\(page)\(subject.artifactURI):\(span))"
            } ?? "")
        } ?? "")
        let message = TerminalText.visible(finding.message)
        guard let review = reviews[finding.fingerprint] else { return ["  \(level) \(place)", "          \(message)"] }
        return ["  \(level) \(finding.shortID) \(place)\(TerminalText.visibleLine(review.tags))", "          \(message)"]
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
    var tags: String {
        let state = baselineState.map { " [\($0.rawValue)]" } ?? ""
        let decision = suppression.map { " [\($0.decision): \($0.justification)]" } ?? ""
        return state + decision
    }
}
