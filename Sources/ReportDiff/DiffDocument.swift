import Localization
import Foundation
import ReportModel

/// The changes between two named versions: what every output format renders.
public struct DiffDocument: Codable, Hashable, Sendable {
    /// How the versions are named to the reader: "2020@1 (3f2a9c1)".
    public var old: String
    public var new: String
    public var changes: ReportChanges
    /// The pages of each side's lines, when that side's text has pages (a committed PDF).
    public var oldPages: PageMap?
    public var newPages: PageMap?

    public init(old: String, new: String, changes: ReportChanges, oldPages: PageMap? = nil, newPages: PageMap? = nil) {
        self.old = old
        self.new = new
        self.changes = changes
        self.oldPages = oldPages
        self.newPages = newPages
    }

    /// A line of the new text as a reader finds it: "line 12", or "p. 7, line 12" when it has pages.
    public func place(new line: Int, in language: Language = .en) -> String {
        newPages?.place(ofLine: line, in: language) ?? language("line \(line)", "第 \(line) 行")
    }

    public func place(old line: Int, in language: Language = .en) -> String {
        oldPages?.place(ofLine: line, in: language) ?? language("line \(line)", "第 \(line) 行")
    }

    /// A table cell's line: the bare number under a "line" column, with its page when there are pages.
    func cell(new line: Int, in language: Language = .en) -> String {
        newPages?.hasPages == true ? place(new: line, in: language) : "\(line)"
    }

    func cell(old line: Int, in language: Language = .en) -> String {
        oldPages?.hasPages == true ? place(old: line, in: language) : "\(line)"
    }

    /// "2020@1 (3f2a9c1) → 2021@1 (8be0d42)".
    public var title: String { "\(old) → \(new)" }

    /// The document as JSON with sorted keys, so equal diffs print identically.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
