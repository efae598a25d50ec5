import Foundation
import RulePackModel
import RulePacks

/// `audit rules`: the packs a workspace's reports may be checked with, built-in and its own
/// `rules/*.yml`, each checked as a check would check it.
public enum ListRulePacks {
    public static func packs(in directory: URL) throws -> [RulePack] {
        try PackLibrary.load(rules: directory.appendingPathComponent("rules")).packs
    }

    /// The pack `id`, or an error naming the known ones.
    public static func pack(_ id: String, in directory: URL) throws -> RulePack {
        let packs = try packs(in: directory)
        guard let pack = packs.first(where: { $0.id == id }) else {
            throw ApplicationError.noSuchRulePack(id, known: packs.map(\.id))
        }
        return pack
    }
}
