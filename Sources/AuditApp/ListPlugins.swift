import AuditEngine
import CheckerKit
import CheckerRegistry
import Foundation

/// `audit plugins`: the checkers built into `audit` and those the workspace's `audit.yml` declares.
public struct ListPlugins {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public func run() throws -> (builtIn: [CheckerDescription], external: [ExternalChecker]) {
        let configuration = try ConfigurationLoader(checkers: RegisteredCheckers.all)
            .load(contentsOf: directory.appendingPathComponent("audit.yml"))
        return (RegisteredCheckers.all.map { $0.description }, configuration.externalCheckers)
    }
}
