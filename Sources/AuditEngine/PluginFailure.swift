import CheckerKit

/// A checker that threw, trapped, hung or answered garbage becomes a finding of its own, so
/// that a reviewer sees a check did not happen instead of mistaking silence for a pass.
enum PluginFailure {
    static let rule = RuleDescription(
        id: "engine.plugin-failure",
        name: LocalizedText(en: "Checker failed", zh: "检查程序运行失败"),
        summary: LocalizedText(en: "A checker did not complete; its identities were not checked.", zh: "检查程序未能运行完毕，其负责的勾稽关系未核对。"),
        help: LocalizedText(
            en: "Re-run with only this checker (--only ID) and report the message to the checker's maintainer. "
                + "Until it is fixed, the report has not been checked for what this checker covers.",
            zh: "仅运行该检查程序（--only ID）重试，并将信息反馈给其维护者。修复之前，报告中该程序负责的内容均未经检查。"
        ),
        defaultLevel: .error
    )

    static func finding(checker id: String, reason: LocalizedText) -> Finding {
        Finding(
            ruleID: rule.id,
            level: .error,
            message: LocalizedText(en: "checker '\(id)' failed: \(reason.en)", zh: "检查程序“\(id)”运行失败：\(reason.zh)"),
            locations: [FindingLocation(span: nil, logical: "checker \(id)")]
        )
    }

    /// Why a child's run failed, in one line, quoting the first line of a trap message.
    /// The quoted line is the checker's own and stays as it wrote it.
    static func reason(exit: ChildExit, diagnostics: String) -> LocalizedText {
        let line = firstMeaningfulLine(of: diagnostics)
        let quoted = line.map { LocalizedText(en: ": \($0)", zh: "：\($0)") } ?? .same("")
        switch exit {
        case .timedOut(let seconds): return LocalizedText(en: "timed out after \(seconds) s and was killed", zh: "运行超过 \(seconds) 秒，已被终止")
        case .outputTooLarge(let limit): return LocalizedText(en: "wrote more than \(limit) bytes to stdout and was killed", zh: "向标准输出写了超过 \(limit) 字节，已被终止")
        case .couldNotStart: return line.map(LocalizedText.same) ?? LocalizedText(en: "could not be started", zh: "无法启动")
        case .signalled(let signal): return LocalizedText(en: "crashed (signal \(signal))", zh: "崩溃（信号 \(signal)）") + quoted
        case .exited(let code) where code != 0: return LocalizedText(en: "exited with status \(code)", zh: "以状态 \(code) 退出") + quoted
        case .exited: return LocalizedText(en: "returned a result the engine could not read", zh: "返回了引擎无法读取的结果") + quoted
        }
    }

    /// The Swift runtime prints "…/Array.swift:12: Fatal error: Index out of range"; the
    /// "Fatal error" line says most, so it wins over whatever the checker printed before. A
    /// Python traceback (an external checker's) ends with what went wrong: "MemoryError".
    private static func firstMeaningfulLine(of text: String) -> String? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if lines.first == "Traceback (most recent call last):", let last = lines.last { return last }
        guard let line = lines.first(where: { $0.contains("Fatal error") }) ?? lines.first else { return nil }
        return line.range(of: "Fatal error").map { String(line[$0.lowerBound...]) } ?? line
    }
}
