import ReportModel

/// One report of a corpus, named the way the user gave it (a file path, or workspace:version).
public struct CorpusDocument: Sendable {
    public let name: String
    public let report: Report

    public init(name: String, report: Report) {
        self.name = name
        self.report = report
    }
}
