import CChildProcess
import CheckerKit
import FindingsModel
import Foundation
import Glibc
import Localization
import ReportModel

/// Runs the selected external checkers over one report: each gets the model document
/// (`audit show --json`, `schemas/report-model.schema.json`) on stdin and answers on stdout.
/// Whatever goes wrong (it cannot start, crashes, exits non-zero, hangs, prints too much,
/// prints what the findings schema does not allow) is an `engine.plugin-failure` for it alone.
struct ExternalRun {
    let checkers: [ExternalChecker]
    let limits: ChildLimits

    func run(_ report: Report, into run: inout AuditRun) {
        guard !checkers.isEmpty else { return }
        let model = ModelInput(report)
        defer { model.close() }
        for checker in checkers {
            let started = Date()
            let outcome = model.fd < 0 ? .failure(CheckFailure(reason: model.failure)) : execute(checker, report: report, stdin: model.rewound())
            var record = CheckerOutcome(
                id: checker.id, name: checker.summary ?? checker.id, version: checker.version,
                identitiesChecked: 0, findings: 0, failure: nil, seconds: Date().timeIntervalSince(started), command: checker.command
            )
            switch outcome {
            case .success(let (result, rules)):
                let override = ExternalLevelOverride(rules: rules, configured: checker.level)
                let findings = result.findings.map(override.apply)
                record.identitiesChecked = result.identitiesChecked
                record.findings = findings.count
                run.findings += findings
                run.rules += rules.map(override.apply)
            case .failure(let failure):
                record.failure = failure.reason.en
                record.findings = 1
                run.findings.append(PluginFailure.finding(checker: checker.id, reason: failure.reason))
            }
            run.checkers.append(record)
        }
    }

    private func execute(_ checker: ExternalChecker, report: Report, stdin: Int32) -> Result<(CheckResult, [RuleDescription]), CheckFailure> {
        let outcome = ExternalProcess(limits: checker.limits(defaults: limits)).run(checker.command, in: checker.directory, stdin: stdin)
        guard outcome.exit.isClean else {
            return .failure(CheckFailure(reason: PluginFailure.reason(exit: outcome.exit, diagnostics: outcome.diagnostics)))
        }
        let output: ExternalOutput
        do {
            output = try JSONDecoder().decode(ExternalOutput.self, from: outcome.output)
        } catch {
            return .failure(CheckFailure(
                "printed output that is not findings JSON (schemas/external-findings.schema.json): \(Self.describe(error))",
                "输出的不是发现项 JSON（schemas/external-findings.schema.json）：\(Self.describe(error))"
            ))
        }
        do {
            return .success(try ExternalFindings(checker: checker, report: report).convert(output))
        } catch let invalid as CheckFailure {
            return .failure(CheckFailure(reason: LocalizedText(en: "printed findings the engine cannot use: ", zh: "输出的发现项引擎无法使用：") + invalid.reason))
        } catch {
            return .failure(CheckFailure(reason: .same(String(describing: error))))
        }
    }

    /// One line: where in the document, and what is wrong.
    private static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        let (path, detail): ([CodingKey], String)
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            (path, detail) = (context.codingPath, context.underlyingError.map { "not valid JSON (\(Self.firstLine(of: $0)))" } ?? context.debugDescription)
        case .keyNotFound(let key, let context):
            (path, detail) = (context.codingPath, "missing key '\(key.stringValue)'")
        @unknown default:
            return String(describing: error)
        }
        let place = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return place.isEmpty ? detail : "\(place.hasPrefix(".") ? String(place.dropFirst()) : place): \(detail)"
    }

    private static func firstLine(of error: Error) -> String {
        String(String(describing: error).split(separator: "\n").first ?? "")
    }
}

/// The model document in a sealed in-memory file, written once for all external checkers.
private struct ModelInput {
    let fd: Int32
    let failure: LocalizedText

    init(_ report: Report) {
        guard let data = try? report.json() else {
            (fd, failure) = (-1, LocalizedText(en: "the report model could not be written as JSON", zh: "报告模型无法写成 JSON"))
            return
        }
        let fd = data.withUnsafeBytes { audit_sealed_file($0.baseAddress, $0.count) }
        self.fd = fd
        let reason = String(cString: strerror(errno))
        failure = fd < 0 ? LocalizedText(en: "the report model could not be handed over: \(reason)", zh: "报告模型无法交给检查程序：\(reason)") : .same("")
    }

    /// Every checker reads from the start; the file's offset is shared with the last one's stdin.
    func rewound() -> Int32 {
        lseek(fd, 0, SEEK_SET)
        return fd
    }

    func close() {
        if fd >= 0 { Glibc.close(fd) }
    }
}

/// `level:` of an external checker re-levels what it reports at its rules' own levels,
/// as `LevelOverride` does for a built-in checker's default level.
private struct ExternalLevelOverride {
    let levels: [String: Level]
    let configured: Level?

    init(rules: [RuleDescription], configured: Level?) {
        levels = Dictionary(rules.map { ($0.id, $0.defaultLevel) }) { first, _ in first }
        self.configured = configured
    }

    func apply(_ finding: Finding) -> Finding {
        var finding = finding
        if let configured, levels[finding.ruleID] == finding.level { finding.level = configured }
        return finding
    }

    func apply(_ rule: RuleDescription) -> RuleDescription {
        var rule = rule
        if let configured { rule.defaultLevel = configured }
        return rule
    }
}
