/// A checker that also compares several reports with one another (`audit dups`). The engine
/// runs it like any other checker: configured from `audit.yml`, in a child process of its own.
public protocol CorpusChecker: Checker {
    func check(corpus: [CorpusDocument]) throws -> CheckResult
}
