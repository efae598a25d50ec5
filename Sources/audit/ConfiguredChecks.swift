import AuditEngine
import AuditStore
import CheckerRegistry
import FindingsStore
import Foundation

extension RevisionChecks {
    /// The registered checkers with the workspace's `audit.yml`, over the workspace's revisions.
    static func configured(for workspace: Workspace) throws -> RevisionChecks {
        try RevisionChecks(workspace: workspace, engine: Engine(checkers: RegisteredCheckers.all, configuration: configuration(of: workspace)))
    }

    /// The workspace's `audit.yml` read against the registered checkers.
    static func configuration(of workspace: Workspace) throws -> AuditConfiguration {
        try ConfigurationLoader(checkers: RegisteredCheckers.all).load(contentsOf: workspace.directory.appendingPathComponent("audit.yml"))
    }
}
