import ReportModel

extension Figure {
    private static let rangeMarks: Set<Unicode.Scalar> = Set("-－—~～至到".unicodeScalars)

    /// Whether the figure is an end of a range ("3-5 个", "10 至 12 人"): a bound, not a count.
    func isRangeEnd(in scalars: [Unicode.Scalar]) -> Bool {
        let before = scalars[..<range.lowerBound].last { !$0.isBlank }
        let after = scalars[range.upperBound...].first { !$0.isBlank }
        return [before, after].contains { $0.map(Self.rangeMarks.contains) == true }
    }
}
