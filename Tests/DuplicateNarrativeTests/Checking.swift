import CheckerKit
import DuplicateNarrative
import ReportModel

/// Runs the checker with its defaults, optionally overridden.
enum Checking {
    static func findings(_ report: Report, previous: Report? = nil, options: [String: OptionValue] = [:]) throws -> [Finding] {
        var values = CheckerConfiguration(defaults: DuplicateNarrative.description.options).values
        values.merge(options) { _, override in override }
        let checker = try DuplicateNarrative(configuration: CheckerConfiguration(values: values))
        return try checker.check(CheckContext(report: report, previous: previous)).findings
    }

    static func findings(_ text: String, previous: String? = nil) throws -> [Finding] {
        try findings(ReportParser.parse(text), previous: previous.map(ReportParser.parse))
    }
}
