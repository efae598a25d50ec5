import CheckerKit
import Foundation
import Localization

/// One checker run in a child process: constructed there with its configuration, run there,
/// its result sent back as JSON. Whatever goes wrong on the way is a `CheckFailure`.
struct IsolatedCheck {
    let checker: any Checker.Type
    let configuration: CheckerConfiguration
    let limits: ChildLimits

    /// `work` is what the constructed checker is asked: a report's check, or a corpus's.
    func run(_ work: (any Checker) throws -> CheckResult) -> Result<CheckResult, CheckFailure> {
        let outcome = ForkedExecution(limits: limits).run { childWork(work) }
        guard outcome.exit.isClean, let report = try? JSONDecoder().decode(ChildReport.self, from: outcome.output) else {
            return .failure(CheckFailure(reason: PluginFailure.reason(exit: outcome.exit, diagnostics: outcome.diagnostics)))
        }
        switch report {
        case .completed(let result): return .success(result)
        case .threw(let message): return .failure(CheckFailure("threw \(message)", "抛出错误 \(message)"))
        }
    }

    /// Runs in the child only.
    private func childWork(_ work: (any Checker) throws -> CheckResult) -> Data {
        let report: ChildReport
        do {
            report = .completed(try work(checker.init(configuration: configuration)))
        } catch {
            report = .threw(String(describing: error))
        }
        return (try? JSONEncoder().encode(report)) ?? Data()
    }
}

struct CheckFailure: Error {
    var reason: LocalizedText

    init(_ english: String, _ chinese: String) {
        reason = LocalizedText(en: english, zh: chinese)
    }

    init(reason: LocalizedText) {
        self.reason = reason
    }
}
