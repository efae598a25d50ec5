import AuditStore
import Foundation
import Localization
import ReportModel

/// `audit commit --batch DIR`: every file of a folder stored as a revision of its own version,
/// named `<department>/<year>` from what its cover and part headings say (`ReportIdentity`),
/// or from a reviewer's `--map`. A file that cannot be named or stored is skipped with the
/// reason; it never stops the others, and each commit is whole or absent as `audit commit`'s is.
public struct BatchCommit {
    /// One file of the folder: what was read, the label proposed, and what became of it.
    public struct Entry {
        /// The file's name in the folder, as the map names it.
        public var file: String
        public var path: String
        public var department: String?
        public var year: String?
        /// Whether the department or year comes from the map rather than the report.
        public var mapped: Bool
        public var label: String?
        /// Why the file is not (or was not) stored, in both languages.
        public var skippedWording: LocalizedText?
        /// The reason in English.
        public var skipped: String? { skippedWording?.en }
        public var stored: StoreRevision.Outcome?
    }

    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// The label for each file of `directory`, in name order; reads files, writes nothing.
    public func propose(_ directory: URL, map: LabelMap = .empty, mapPath: String = "") throws -> [Entry] {
        let files = try Self.files(in: directory)
        if let missing = map.rows.keys.sorted().first(where: { !files.map(\.lastPathComponent).contains($0) }) {
            throw ApplicationError.mapNamesMissingFile(path: mapPath, file: missing, directory: directory.relativePath)
        }
        return Self.withoutCollisions(files.map { Self.entry(for: $0, map: map.rows[$0.lastPathComponent]) })
    }

    /// Stores each proposed entry, a department's years oldest first so that each is checked
    /// against the year before it; returns the entries in their given order.
    /// `progress` hears of each file stored or failed: how many of how many, and its label.
    public func commit(_ entries: [Entry], message: String?, author: String?, progress: (Int, Int, String) -> Void = { _, _, _ in }) -> [Entry] {
        let order = entries.indices
            .filter { entries[$0].skipped == nil && entries[$0].label != nil }
            .sorted { Self.commitOrder(entries[$0]).lexicographicallyPrecedes(Self.commitOrder(entries[$1])) }
        var results = entries
        for (done, index) in order.enumerated() {
            guard let label = entries[index].label else { continue }
            let file = URL(fileURLWithPath: entries[index].path)
            do {
                results[index].stored = try StoreRevision(workspace: workspace).run(version: label, file: file, message: message, author: author)
            } catch {
                results[index].skippedWording = Self.wording(of: error)
            }
            progress(done + 1, order.count, label)
        }
        return results
    }

    private static func commitOrder(_ entry: Entry) -> [String] {
        [entry.department ?? "", entry.year ?? "", entry.file]
    }

    /// The folder's entries other than subfolders, by name; a file that is not a report is
    /// still listed, so that the batch says why it skipped it.
    static func files(in directory: URL) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            throw ApplicationError.notABatchDirectory(directory.relativePath)
        }
        return names.sorted().map { directory.appendingPathComponent($0) }.filter { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    private static func entry(for file: URL, map: LabelMap.Row?) -> Entry {
        var entry = Entry(file: file.lastPathComponent, path: file.relativePath, mapped: map != nil)
        let identity: ReportIdentity
        do {
            identity = ReportIdentity(ReportParser.parse(try ReportFile.text(of: file)))
        } catch {
            entry.skippedWording = Self.wording(of: error)
            return entry
        }
        entry.department = map?.department ?? identity.department
        entry.year = map?.year ?? identity.year
        guard let department = entry.department, let year = entry.year else {
            let missing = [entry.department == nil ? "department" : nil, entry.year == nil ? "year" : nil].compactMap { $0 }
            let missingZh = [entry.department == nil ? "部门" : nil, entry.year == nil ? "年度" : nil].compactMap { $0 }
            entry.skippedWording = LocalizedText(
                en: "no \(missing.joined(separator: " or ")) on its cover or part headings; name it in --map",
                zh: "封面和各部分标题中没有\(missingZh.joined(separator: "或"))；请在 --map 中写明"
            )
            return entry
        }
        let label = VersionLabel.label(department: department, version: year)
        do {
            try VersionLabel.validate(label)
            entry.label = label
        } catch {
            entry.skippedWording = Self.wording(of: error)
        }
        return entry
    }

    /// Two files named alike would become revisions 1 and 2 of one version, the second
    /// replacing the first: neither is stored until the map tells them apart.
    private static func withoutCollisions(_ entries: [Entry]) -> [Entry] {
        var byLabel: [String: [String]] = [:]
        for entry in entries { if let label = entry.label { byLabel[label, default: []].append(entry.file) } }
        return entries.map { entry in
            guard let label = entry.label, let files = byLabel[label], files.count > 1 else { return entry }
            var skipped = entry
            let others = files.filter { $0 != entry.file }
            skipped.skippedWording = LocalizedText(
                en: "\(label) is also what " + others.joined(separator: ", ") + " reads as; tell them apart in --map",
                zh: others.joined(separator: "、") + " 读出的也是 \(label)；请在 --map 中加以区分"
            )
            return skipped
        }
    }

    /// An error's message in both languages; English alone for one that has no Chinese.
    static func wording(of error: Error) -> LocalizedText {
        (error as? LocalizedFailure)?.wording ?? .same("\(error)")
    }
}
