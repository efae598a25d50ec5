import AuditStore
import RulePacks
import StoredReports

extension PackChoice {
    /// Reading each text with the vocabulary of the pack chosen for it. Where no pack it may
    /// choose adds words (the built-in packs), every text is read with the standard vocabulary
    /// and nothing need be detected.
    var reading: ReportReading {
        let candidates = forced.flatMap(library.pack).map { [$0] } ?? library.packs
        guard candidates.contains(where: { library.vocabulary(of: $0) != .standard }) else { return .standard }
        return ReportReading(varies: true) { library.vocabulary(of: pack(of: $0)) }
    }
}

extension ReportReading {
    /// How the workspace's revisions are read: with the packs of its `rules/` and `audit.yml`.
    /// A workspace with no packs of its own reads every text with the standard vocabulary (the
    /// built-in packs add no word), so no pack is parsed; its `audit.yml` is still checked, and a
    /// `rule-pack:` naming no built-in pack is the same error.
    static func configured(for workspace: Workspace) throws -> ReportReading {
        let configuration = try ConfiguredEngine.configuration(in: workspace.directory)
        return try ConfiguredEngine.packsForReading(in: workspace.directory, choosing: configuration.rulePack)?.reading ?? .standard
    }
}
