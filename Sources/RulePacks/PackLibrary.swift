import Foundation
import Localization
import ReportModel
import RulePackModel

/// The packs a run may choose from: the built-in ones, with a workspace's `rules/*.yml` added
/// or overriding them by id. Loading checks every pack; a mistake is a `RulePackError`.
public struct PackLibrary: Sendable {
    public let packs: [RulePack]
    /// Each pack's parser vocabulary by id, worked out once with the library (issue 19: as a
    /// computed property it was rebuilt for every pack on every read, 11 M instructions a diff).
    private let vocabularies: [String: TableVocabulary]

    /// The built-in packs, read once per process.
    public static func builtIn() throws -> PackLibrary {
        try builtInLibrary.get()
    }

    private static let builtInLibrary = Result { try PackLibrary(documents: builtInDocuments()) }

    /// The built-in packs with the workspace's `rules/*.yml` (in name order) over them.
    public static func load(rules directory: URL) throws -> PackLibrary {
        let files = try workspaceFiles(in: directory)
        guard !files.isEmpty else { return try builtIn() }
        let documents = try files.map { file -> PackDocument in
            let name = "rules/\(file.lastPathComponent)"
            guard let text = String(data: try Data(contentsOf: file), encoding: .utf8) else {
                throw RulePackError(file: name, line: 1, column: 1, LocalizedText(en: "not UTF-8 text", zh: "不是 UTF-8 文本"))
            }
            return try PackDocument(yaml: text, file: name)
        }
        return try PackLibrary(documents: builtInDocuments() + documents)
    }

    /// Packs from YAML texts, each with the name its errors give; built-in packs come first.
    public static func parse(_ files: [(name: String, yaml: String)]) throws -> PackLibrary {
        try PackLibrary(documents: builtInDocuments() + files.map { try PackDocument(yaml: $0.yaml, file: $0.name) })
    }

    private init(documents: [PackDocument]) throws {
        packs = try PackResolver(documents).packs()
        vocabularies = Dictionary(packs.map { ($0.id, $0.vocabulary) }, uniquingKeysWith: { first, _ in first })
    }

    /// The parser vocabulary of one of the library's packs (by its id).
    public func vocabulary(of pack: RulePack) -> TableVocabulary {
        vocabularies[pack.id] ?? pack.vocabulary
    }

    public func pack(_ id: String) -> RulePack? {
        packs.first { $0.id == id }
    }

    /// The pack whose tables the report prints under their own titles most often; between
    /// equals, the more specific (the one extending more packs). A pack extending none (the
    /// national template) when no title matches.
    public func detect(_ report: Report) -> RulePack {
        detect(titles: report.tables.map { $0.title.filter { !$0.isWhitespace } })
    }

    /// The same choice from the report's text before it is parsed, so that it can be parsed
    /// with the chosen pack's vocabulary: the titles are the lines ending in 表 (blanks removed),
    /// where every title and "表 N 标题" line ends.
    public func detect(text: String) -> RulePack {
        detect(titles: TitleLines.of(text))
    }

    private func detect(titles: [String]) -> RulePack {
        let scored = packs.map { pack in
            (pack, pack.tables.filter { table in titles.contains { title in table.titles.contains { title.contains($0) } } }.count, depth(pack))
        }
        guard let best = scored.max(by: { ($0.1, $0.2, $1.0.id) < ($1.1, $1.2, $0.0.id) }), best.1 > 0 else {
            return packs.first { $0.extends == nil } ?? packs[0]
        }
        return best.0
    }

    private func depth(_ pack: RulePack) -> Int {
        var depth = 0
        var current = pack.extends
        while let id = current, depth < packs.count, let parent = self.pack(id) {
            depth += 1
            current = parent.extends
        }
        return depth
    }

    /// Whether `rules/` holds packs of the workspace's own (`*.yml`).
    public static func hasWorkspacePacks(rules directory: URL) throws -> Bool {
        try !workspaceFiles(in: directory).isEmpty
    }

    private static func workspaceFiles(in directory: URL) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static let builtInNames = ["national", "guangdong-2021", "shanghai-2024"]

    private static func builtInDocuments() throws -> [PackDocument] {
        try builtInNames.map { name in
            guard let url = Bundle.module.url(forResource: name, withExtension: "yml", subdirectory: "Packs"),
                  let text = String(data: try Data(contentsOf: url), encoding: .utf8) else {
                throw RulePackError(file: "\(name).yml", line: 1, column: 1, LocalizedText(en: "built-in pack missing from the program's resources", zh: "程序资源中缺少内置规则包"))
            }
            return try PackDocument(yaml: text, file: "\(name).yml")
        }
    }
}
