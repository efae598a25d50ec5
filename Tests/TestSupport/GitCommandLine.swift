import Foundation

/// Runs the git command-line tool, the tests' independent judge of what the store holds
/// (product code reaches the store through libgit2 only).
@discardableResult
public func runGit(_ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
    let result = try ExternalCommand.run(["git"] + arguments, in: directory)
    return (result.status, result.output)
}
