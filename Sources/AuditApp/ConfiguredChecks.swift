import AuditEngine
import AuditStore
import CheckerRegistry
import FindingsStore
import Foundation

extension RevisionChecks {
    /// The registered checkers with the workspace's `audit.yml`, over the workspace's revisions.
    public static func configured(for workspace: Workspace) throws -> RevisionChecks {
        let configuration = try ConfigurationLoader(checkers: RegisteredCheckers.all)
            .load(contentsOf: workspace.directory.appendingPathComponent("audit.yml"))
        return try RevisionChecks(workspace: workspace, engine: Engine(checkers: RegisteredCheckers.all, configuration: configuration))
    }
}
