import AuditEngine
import CheckerRegistry
import Foundation
import RulePacks
import StoredReports

/// A workspace's `audit.yml` and rule packs as `audit commit` needs them: all checked before
/// anything is stored, but the built-in packs, which reading a text does not need (they add no
/// word to the parser's vocabulary), parsed only where the checks run, in the detached recorder,
/// rather than before the command returns (issue 19: 65 M of its 233 M instructions).
struct CommitConfiguration {
    let engine: Engine
    /// How the new revision's text is read.
    let reading: ReportReading
    private let directory: URL
    private let forced: String?
    private let loaded: PackChoice?

    init(in directory: URL) throws {
        let configuration = try ConfiguredEngine.configuration(in: directory)
        loaded = try ConfiguredEngine.packsForReading(in: directory, choosing: configuration.rulePack)
        reading = loaded?.reading ?? .standard
        engine = Engine(checkers: RegisteredCheckers.all, configuration: configuration)
        self.directory = directory
        forced = configuration.rulePack
    }

    /// The packs the checks choose from: those reading needed, else the built-in ones, loaded now.
    func packs() throws -> PackChoice {
        try loaded ?? ConfiguredEngine.packs(in: directory, choosing: forced)
    }
}
