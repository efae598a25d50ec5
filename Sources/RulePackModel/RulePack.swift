import ReportModel

/// A report format described as data (issue 16): its tables and the identities between their
/// cells. Built-in packs ship with the program, a workspace may add or override them in
/// `rules/*.yml`; the application layer chooses one per report and hands it to the checkers.
public struct RulePack: Hashable, Sendable {
    /// "guangdong-2021": what `audit check` prints and `audit.yml` forces.
    public var id: String
    public var name: String
    /// The pack this one extends, already merged in: its tables and identities are here.
    public var extends: String?
    public var tables: [PackTable]
    /// Generic families evaluated by Swift over the tables the pack declares with a code system
    /// (coded parents), by the names `PackFamily` lists.
    public var families: [PackFamily]
    public var identities: [PackIdentity]
    /// The 情况说明 sentences that restate table cells, in the order they are looked for.
    public var restatements: [PackRestatement] = []
    /// Title beginnings of the 情况说明 chapters the format requires.
    public var sections: [String]
    /// Where the pack was read from: "built-in guangdong-2021.yml" or a workspace file.
    public var source: String

    public init(id: String, name: String, extends: String? = nil, tables: [PackTable], families: [PackFamily],
                identities: [PackIdentity], sections: [String] = [], source: String) {
        self.id = id
        self.name = name
        self.extends = extends
        self.tables = tables
        self.families = families
        self.identities = identities
        self.sections = sections
        self.source = source
    }

    public func table(_ id: String) -> PackTable? {
        tables.first { $0.id == id }
    }
}

/// Identity families whose instances follow from the codes a report prints rather than from
/// named rows: which rows are parents depends on the codes printed. A table takes part when the
/// pack gives it a code system (`codes: functional`).
public enum PackFamily: String, CaseIterable, Hashable, Sendable {
    case codedHierarchy = "coded-hierarchy"
}
