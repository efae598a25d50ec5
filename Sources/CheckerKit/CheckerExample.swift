/// A small report snippet and the findings it must (triggering) or must not
/// (non-triggering) produce. One generic test runs every registered checker's examples.
public struct CheckerExample: Sendable {
    /// Marks where a finding must start, in SwiftLint's style: placed in `report` just before
    /// the character the finding's first location starts at, and removed before parsing.
    public static let marker: Character = "↓"

    public var title: String
    /// Report text in the same form as a stored report, with `marker`s; parsed by `ReportParser`
    /// as `text`.
    public var report: String
    public var findings: [ExpectedFinding]
    /// Last year's report, for checkers that compare with it; nil when the example has none.
    public var previous: String?

    public init(title: String, report: String, findings: [ExpectedFinding], previous: String? = nil) {
        self.title = title
        self.report = report
        self.findings = findings
        self.previous = previous
    }

    /// The report without its markers: what the checker is given.
    public var text: String {
        report.filter { $0 != Self.marker }
    }

    /// Where each marker stands in `text`, in order: 1-based line and column, columns counting
    /// Unicode scalars as `SourceSpan` does.
    public var markers: [(line: Int, column: Int)] {
        var positions: [(line: Int, column: Int)] = []
        var line = 1, column = 1
        for scalar in report.unicodeScalars {
            if Character(scalar) == Self.marker {
                positions.append((line, column))
            } else if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return positions
    }

    /// The findings among `found` that `expected` describes, its place included.
    public func matches(of expected: ExpectedFinding, in found: [Finding]) -> [Finding] {
        found.filter { finding in
            guard expected.matches(finding) else { return false }
            switch expected.place {
            case nil: return true
            case .logical(let logical): return finding.locations.first?.logical == logical
            case .marker(let index):
                guard markers.indices.contains(index), let span = finding.locations.first?.span else { return false }
                return (span.startLine, span.startColumn) == markers[index]
            }
        }
    }
}

/// Where an expected finding must point.
public enum ExpectedPlace: Sendable, Hashable, CustomStringConvertible {
    /// The `n`-th marker of the example's report, counting from 0: the finding's first
    /// location starts at the character the marker stands before.
    case marker(Int)
    /// The finding's first logical location, exactly: "表5 / 2101101 行政单位医疗 / 本年支出合计".
    case logical(String)

    public var description: String {
        switch self {
        case .marker(let index): "at marker \(index)"
        case .logical(let logical): "at “\(logical)”"
        }
    }
}

/// Enough of a finding to recognise it: rule, level, a piece of its message, where it must
/// be and how many such findings there must be.
public struct ExpectedFinding: Sendable, CustomStringConvertible {
    public var ruleID: String
    public var level: Level
    public var messageContains: String
    /// A piece of the Chinese wording, where the example pins it too.
    public var messageContainsZh: String?
    /// Required of a triggering example's findings; a non-triggering example may leave it out,
    /// since what it must not produce is not anywhere.
    public var place: ExpectedPlace?
    public var count: Int

    public init(ruleID: String, level: Level, messageContains: String, zh: String? = nil, at place: ExpectedPlace? = nil, count: Int = 1) {
        self.ruleID = ruleID
        self.level = level
        self.messageContains = messageContains
        messageContainsZh = zh
        self.place = place
        self.count = count
    }

    /// Rule, level and message; the place needs the example's markers (`CheckerExample.matches`).
    public func matches(_ finding: Finding) -> Bool {
        finding.ruleID == ruleID && finding.level == level && finding.message.contains(messageContains)
            && messageContainsZh.map { finding.message(in: .zh).contains($0) } != false
    }

    public var description: String {
        "\(count) × \(level) \(ruleID) containing \"\(messageContains)\"" + (messageContainsZh.map { " and “\($0)”" } ?? "") + (place.map { " \($0)" } ?? "")
    }
}
