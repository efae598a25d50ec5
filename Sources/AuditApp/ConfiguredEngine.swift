import AuditEngine
import AuditStore
import CheckerRegistry
import Foundation
import RulePacks

/// The registered checkers with a workspace's `audit.yml`, and the rule packs of its `rules/`:
/// what every use case that checks runs.
public enum ConfiguredEngine {
    public static func load(in directory: URL) throws -> Engine {
        try configured(in: directory).engine
    }

    /// The workspace's `audit.yml` read and checked against the registered checkers.
    static func configuration(in directory: URL) throws -> AuditConfiguration {
        try ConfigurationLoader(checkers: RegisteredCheckers.all).load(contentsOf: directory.appendingPathComponent("audit.yml"))
    }

    /// The engine and the packs to choose from; a mistake in either is an error before any
    /// report is checked or stored.
    public static func configured(in directory: URL) throws -> (engine: Engine, packs: PackChoice) {
        let configuration = try Self.configuration(in: directory)
        let packs = try Self.packs(in: directory, choosing: configuration.rulePack)
        return (Engine(checkers: RegisteredCheckers.all, configuration: configuration), packs)
    }

    /// The packs of the workspace's `rules/` over the built-in ones, `forced` (audit.yml's
    /// `rule-pack:`) among them.
    static func packs(in directory: URL, choosing forced: String?) throws -> PackChoice {
        try PackChoice(library: PackLibrary.load(rules: directory.appendingPathComponent("rules")), forced: forced)
    }

    /// The packs when reading a text needs them; nil when the workspace has none of its own and
    /// the built-in ones add no word, so every text is read with the standard vocabulary without
    /// parsing any pack. `forced` naming no built-in pack is the same error either way.
    static func packsForReading(in directory: URL, choosing forced: String?) throws -> PackChoice? {
        guard try BuiltInPacks.addWords || PackLibrary.hasWorkspacePacks(rules: directory.appendingPathComponent("rules")) else {
            try BuiltInPacks.check(forced: forced)
            return nil
        }
        return try packs(in: directory, choosing: forced)
    }
}

extension RevisionChecks {
    /// The registered checkers with the workspace's `audit.yml` and packs, over its revisions.
    public static func configured(for workspace: Workspace) throws -> RevisionChecks {
        let configured = try ConfiguredEngine.configured(in: workspace.directory)
        return try RevisionChecks(workspace: workspace, engine: configured.engine, packs: configured.packs)
    }
}
