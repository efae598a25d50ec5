import CheckerKit
import Foundation
import ReportModel

/// A checker for tests whose findings the test text spells out: every sentence
/// "标记 NAME 应为 E 实为 A。" is one finding at "标记 NAME" with expected E and actual A.
struct MarkerChecker: Checker {
    static let ruleID = "marker/wrong"

    static let description = CheckerDescription(
        id: "marker", name: "Marker", version: "1", summary: "Flags marked sentences.", rationale: "Tests.",
        defaultLevel: .error, options: [],
        rules: [RuleDescription(id: ruleID, name: "Marked", summary: "A marked sentence.", help: "Remove the mark.", defaultLevel: .error)],
        triggeringExamples: [], nonTriggeringExamples: []
    )

    init(configuration: CheckerConfiguration) throws {}

    func check(_ context: CheckContext) throws -> CheckResult {
        let findings = context.report.paragraphs.flatMap(findings)
        return CheckResult(findings: findings, identitiesChecked: findings.count)
    }

    private func findings(_ paragraph: Paragraph) -> [Finding] {
        var offset = 0
        var findings: [Finding] = []
        for sentence in paragraph.text.split(separator: "。", omittingEmptySubsequences: false) {
            let length = sentence.unicodeScalars.count
            if let finding = finding(String(sentence), span: paragraph.span(ofScalarRange: offset..<(offset + length))) {
                findings.append(finding)
            }
            offset += length + 1
        }
        return findings
    }

    private func finding(_ sentence: String, span: SourceSpan) -> Finding? {
        let words = sentence.split(separator: " ").map(String.init)
        guard words.count == 6, words[0] == "标记", words[2] == "应为", words[4] == "实为",
              let expected = Decimal(string: words[3]), let actual = Decimal(string: words[5]) else { return nil }
        let evidence = Evidence(
            expected: Quantity(value: expected, printed: words[3]), actual: Quantity(value: actual, printed: words[5]),
            difference: Quantity(value: actual - expected, printed: "\(actual - expected)"), tolerance: Quantity(value: 0, printed: "0")
        )
        return Finding(
            ruleID: Self.ruleID, level: .error, message: "\(words[1]) should be \(words[3]), not \(words[5])",
            locations: [FindingLocation(span: span, logical: "标记 \(words[1])")], evidence: evidence
        )
    }
}
