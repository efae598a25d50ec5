import AuditStore
import RulePacks
import StoredReports

extension PackChoice {
    /// Reading each text with the vocabulary of the pack chosen for it. Where no pack it may
    /// choose adds words (the built-in packs), every text is read with the standard vocabulary
    /// and nothing need be detected.
    var reading: ReportReading {
        let candidates = forced.flatMap(library.pack).map { [$0] } ?? library.packs
        guard candidates.contains(where: { $0.vocabulary != .standard }) else { return .standard }
        return ReportReading(varies: true) { pack(of: $0).vocabulary }
    }
}

extension ReportReading {
    /// How the workspace's revisions are read: with the packs of its `rules/` and `audit.yml`.
    static func configured(for workspace: Workspace) throws -> ReportReading {
        try ConfiguredEngine.configured(in: workspace.directory).packs.reading
    }
}
