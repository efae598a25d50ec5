/// A checker plugin. It sees only the report model and its own configuration: never git, the
/// store or the command line. The engine runs each check in a child process, so a checker may
/// throw or even trap without taking the run down.
public protocol Checker {
    static var description: CheckerDescription { get }
    init(configuration: CheckerConfiguration) throws
    func check(_ context: CheckContext) throws -> CheckResult
}
