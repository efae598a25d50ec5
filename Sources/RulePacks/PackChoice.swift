import Localization
import ReportModel
import RulePackModel

/// Which pack checks a report: the one `audit.yml` forces (`rule-pack: ID`), else the one
/// detected from its titles.
public struct PackChoice: Sendable {
    public let library: PackLibrary
    public let forced: String?

    /// An unknown forced id is an error before anything is checked.
    public init(library: PackLibrary, forced: String?) throws {
        if let forced, library.pack(forced) == nil {
            throw UnknownPack(id: forced, known: library.packs.map(\.id))
        }
        self.library = library
        self.forced = forced
    }

    /// The pack for a report's text before it is parsed.
    public func pack(of text: String) -> RulePack {
        forced.flatMap(library.pack) ?? library.detect(text: text)
    }

    /// The pack for a report's text before it is parsed, and the model of the text read with
    /// that pack's vocabulary: `standard`, the model parsed with the standard vocabulary (the
    /// one the store caches), is used as it is where the pack adds no title or column.
    public func parse(_ text: String, standard: Report) -> (pack: RulePack, report: Report) {
        let pack = pack(of: text)
        let vocabulary = library.vocabulary(of: pack)
        return (pack, vocabulary == .standard ? standard : ReportParser.parse(text, vocabulary: vocabulary))
    }
}

/// `rule-pack:` in audit.yml naming no pack the workspace has.
public struct UnknownPack: Error, CustomStringConvertible, LocalizedFailure {
    public let id: String
    public let known: [String]

    public var wording: LocalizedText {
        .same("audit.yml: ") + LocalizedText(en: "rule-pack '\(id)' is not a known pack", zh: "rule-pack '\(id)' 不是已有的规则包") + .known(known)
    }

    public var description: String { wording.en }
}
