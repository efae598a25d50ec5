import CheckerKit
import Foundation
import InconsistentFigures
import ReportModel

/// Runs the checker on the sample report or on crafted narrative.
enum Snippets {
    static let sampleURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("reports/shanwei-zsj/2021.txt")

    static let sample: Report = {
        let text = try! String(contentsOf: sampleURL, encoding: .utf8)
        return ReportParser.parse(text)
    }()

    /// Paragraphs one per line, each line ending in a blank and followed by an empty line, as
    /// in the stored text: paragraph n is on line 2n − 1.
    static func report(_ paragraphs: String...) -> Report {
        parse(paragraphs)
    }

    static func findings(_ report: Report, options: [String: OptionValue] = [:]) throws -> [Finding] {
        let defaults = CheckerConfiguration(defaults: InconsistentFigures.description.options).values
        let configuration = CheckerConfiguration(values: defaults.merging(options) { $1 })
        return try InconsistentFigures(configuration: configuration).check(CheckContext(report: report)).findings
    }

    static func findings(_ paragraphs: String...) throws -> [Finding] {
        try findings(parse(paragraphs))
    }

    private static func parse(_ paragraphs: [String]) -> Report {
        ReportParser.parse(paragraphs.map { $0 + " \n" }.joined(separator: "\n"))
    }
}
