import CheckerKit
import Foundation
import Localization
import ReportModel

/// An external checker's output turned into findings and rules, checked against the report it
/// was given: every rule id carries the checker's id as prefix (so no rule can pass for a
/// built-in one or the engine's), every finding names a declared rule, every place exists.
/// Logical places are computed here as for built-in checkers, so fingerprints, baselines and
/// triage treat external findings alike.
struct ExternalFindings {
    let checker: ExternalChecker
    let report: Report

    func convert(_ output: ExternalOutput) throws -> (result: CheckResult, rules: [RuleDescription]) {
        let rules = try output.rules.map(rule)
        let levels = Dictionary(rules.map { ($0.id, $0.defaultLevel) }) { first, _ in first }
        guard levels.count == rules.count else { throw CheckFailure("declares a rule id twice", "同一规则 ID 声明了两次") }
        let findings = try output.findings.enumerated().map { index, item in
            guard let level = levels[item.rule] else {
                throw CheckFailure("findings[\(index)] names rule '\(item.rule)', which it did not declare", "findings[\(index)] 指向未声明的规则 '\(item.rule)'")
            }
            return try finding(item, defaultLevel: level, at: "findings[\(index)]")
        }
        guard output.identitiesChecked >= 0 else { throw CheckFailure("identitiesChecked is negative", "identitiesChecked 为负数") }
        return (CheckResult(findings: findings, identitiesChecked: output.identitiesChecked), rules)
    }

    private func rule(_ rule: ExternalOutput.Rule) throws -> RuleDescription {
        guard rule.id.hasPrefix("\(checker.id)."), rule.id.count > checker.id.count + 1 else {
            throw CheckFailure("rule id '\(rule.id)' does not start with '\(checker.id).'", "规则 ID '\(rule.id)' 不以 '\(checker.id).' 开头")
        }
        return RuleDescription(id: rule.id, name: rule.name, summary: rule.summary, help: rule.help, defaultLevel: rule.level)
    }

    private func finding(_ item: ExternalOutput.Item, defaultLevel: Level, at path: String) throws -> Finding {
        guard !item.locations.isEmpty else { throw CheckFailure("\(path) has no location", "\(path) 没有位置") }
        return Finding(
            ruleID: item.rule, level: item.level ?? defaultLevel, message: item.message, messageZh: item.messageZh,
            locations: try item.locations.enumerated().map { try location($1, at: "\(path).locations[\($0)]") },
            relatedLocations: try item.relatedLocations.enumerated().map { try location($1, at: "\(path).relatedLocations[\($0)]") },
            evidence: try item.evidence.map { try evidence($0, at: "\(path).evidence") },
            identity: item.identity
        )
    }

    private func location(_ location: ExternalOutput.Location, at path: String) throws -> FindingLocation {
        let place: (span: SourceSpan, logical: String)
        switch (location.paragraph, location.table, location.line) {
        case (let paragraph?, nil, nil) where location.row == nil && location.column == nil && location.side == nil:
            place = try self.paragraph(paragraph, at: path)
        case (nil, let table?, nil):
            place = try self.table(table, side: location.side ?? 0, row: location.row, column: location.column, at: path)
        case (nil, nil, let line?) where location.row == nil && location.side == nil:
            place = try self.line(line, column: location.column, at: path)
        default:
            throw CheckFailure(
                "\(path) must name exactly one of paragraph, table (with side, row, column) or line (with column)",
                "\(path) 必须恰好给出 paragraph、table（带 side、row、column）或 line（带 column）之一"
            )
        }
        return FindingLocation(span: place.span, logical: location.logical ?? place.logical, note: location.note)
    }

    private func paragraph(_ index: Int, at path: String) throws -> (SourceSpan, String) {
        guard report.paragraphs.indices.contains(index) else { throw outOfRange(LocalizedText(en: "paragraph \(index)", zh: "段落 \(index)"), at: path) }
        let paragraph = report.paragraphs[index]
        return (paragraph.span, ParagraphPlace.logical(report, paragraph: index, opening: paragraph.text.unicodeScalars))
    }

    private func table(_ index: Int, side sideIndex: Int, row rowIndex: Int?, column: Int?, at path: String) throws -> (SourceSpan, String) {
        guard report.tables.indices.contains(index) else { throw outOfRange(LocalizedText(en: "table \(index)", zh: "表 \(index)"), at: path) }
        let table = report.tables[index]
        guard table.sides.indices.contains(sideIndex) else { throw outOfRange(LocalizedText(en: "side \(sideIndex) of table \(index)", zh: "表 \(index) 的第 \(sideIndex) 栏"), at: path) }
        let side = table.sides[sideIndex]
        var names = [table.displayName]
        if table.sides.count > 1, let name = side.name { names.append(name) }
        guard let rowIndex else {
            guard column == nil else { throw CheckFailure("\(path) names a column without a row", "\(path) 给出了列却没有给出行") }
            return (table.span, names.joined(separator: " / "))
        }
        guard side.rows.indices.contains(rowIndex) else { throw outOfRange(LocalizedText(en: "row \(rowIndex) of table \(index)", zh: "表 \(index) 的行 \(rowIndex)"), at: path) }
        let row = side.rows[rowIndex]
        names.append([row.code, row.label.isEmpty ? nil : row.label].compactMap { $0 }.joined(separator: " "))
        guard let column else { return (row.span, names.joined(separator: " / ")) }
        guard side.columns.indices.contains(column) else { throw outOfRange(LocalizedText(en: "column \(column) of table \(index)", zh: "表 \(index) 的列 \(column)"), at: path) }
        names.append(side.columns[column])
        let cell = column < row.cells.count ? row.cells[column] : nil
        return (cell?.span ?? row.span, names.joined(separator: " / "))
    }

    /// A line's logical place is the paragraph or table holding it, never its number, which
    /// an edit above would change.
    private func line(_ line: Int, column: Int?, at path: String) throws -> (SourceSpan, String) {
        guard line >= 1, line <= report.lineCount else { throw outOfRange(LocalizedText(en: "line \(line)", zh: "第 \(line) 行"), at: path) }
        let start = column ?? 1
        guard start >= 1 else { throw outOfRange(LocalizedText(en: "column \(start)", zh: "第 \(start) 列"), at: path) }
        let span = SourceSpan(startLine: line, startColumn: start, endLine: line, endColumn: start + 1)
        if let paragraph = report.paragraphs.firstIndex(where: { $0.span.startLine <= line && line <= $0.span.endLine }) {
            return (span, try self.paragraph(paragraph, at: path).1)
        }
        if let table = report.tables.first(where: { $0.span.startLine <= line && line <= $0.span.endLine }) {
            return (span, table.displayName)
        }
        return (span, "line \(line)")
    }

    private func evidence(_ item: ExternalOutput.EvidenceItem, at path: String) throws -> Evidence {
        func quantity(_ text: String, _ name: String) throws -> Quantity {
            guard let value = Decimal(plain: text), CheckedRange.contains(value) else {
                throw CheckFailure("\(path).\(name) '\(text)' is not a plain decimal within exact arithmetic", "\(path).\(name) '\(text)' 不是精确运算范围内的普通十进制数")
            }
            return Quantity(value: value, printed: text)
        }
        let expected = try quantity(item.expected, "expected"), actual = try quantity(item.actual, "actual")
        let tolerance = try quantity(item.tolerance ?? "0", "tolerance")
        let difference = actual.value - expected.value
        return Evidence(expected: expected, actual: actual, difference: Quantity(value: difference, printed: difference.plainString), tolerance: tolerance)
    }

    private func outOfRange(_ what: LocalizedText, at path: String) -> CheckFailure {
        CheckFailure("\(path) names \(what.en), which the report does not have", "\(path) 指向报告中没有的\(what.zh)")
    }
}
