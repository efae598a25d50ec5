import CheckerKit

/// What a child process sends back to the engine: the checker's result, or the error it threw.
enum ChildReport: Codable {
    case completed(CheckResult)
    case threw(String)
}
