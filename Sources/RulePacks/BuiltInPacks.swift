import Localization

/// What reading a revision needs to know of the built-in packs without parsing their YAML
/// (issue 19: loading them cost every `show`, `diff` and `report` 64 M instructions, half the
/// process): their ids, and that none adds a word to the parser's vocabulary. Written down
/// here by hand; `BuiltInPacksTests` checks both against the parsed packs, so they cannot drift.
public enum BuiltInPacks {
    /// The built-in packs' ids, in the library's order.
    public static let ids = ["guangdong-2021", "national", "shanghai-2024"]
    /// Whether some built-in pack's vocabulary differs from the standard one.
    public static let addWords = false

    /// The error `PackChoice` gives for a `rule-pack:` naming none of them.
    public static func check(forced: String?) throws {
        if let forced, !ids.contains(forced) { throw UnknownPack(id: forced, known: ids) }
    }
}
