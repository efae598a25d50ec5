import AuditEngine
import AuditStore
import CheckerRegistry
import Foundation

/// The registered checkers with a workspace's `audit.yml`: what every use case that checks runs.
public enum ConfiguredEngine {
    public static func load(in directory: URL) throws -> Engine {
        let configuration = try ConfigurationLoader(checkers: RegisteredCheckers.all)
            .load(contentsOf: directory.appendingPathComponent("audit.yml"))
        return Engine(checkers: RegisteredCheckers.all, configuration: configuration)
    }
}

extension RevisionChecks {
    /// The registered checkers with the workspace's `audit.yml`, over the workspace's revisions.
    public static func configured(for workspace: Workspace) throws -> RevisionChecks {
        try RevisionChecks(workspace: workspace, engine: ConfiguredEngine.load(in: workspace.directory))
    }
}
