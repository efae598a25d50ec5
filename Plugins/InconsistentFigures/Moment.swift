/// The date or period qualifying a figure, as far as it can be compared: "截至2021年11月26日" is
/// a point in time, "截至11月26日" the same point when the year is left out, "截至目前" an
/// unknown point, "2021年度" a period. Figures without a time form their own undated moment.
struct Moment: Hashable {
    enum Kind: Hashable {
        /// 截至/截止 a date: the state of a running count on that day.
        case asOf
        /// 截至目前: the day of writing, which the report never names.
        case now
        /// A year, month or day the figure is about.
        case period
        case undated
    }

    let kind: Kind
    let year: Int?
    let month: Int?
    let day: Int?
    /// As printed, for messages.
    let text: String?

    init(_ time: String?) {
        text = time
        guard let time else {
            (kind, year, month, day) = (.undated, nil, nil, nil)
            return
        }
        if time.contains("目前") {
            kind = .now
        } else {
            kind = time.hasPrefix("截至") || time.hasPrefix("截止") ? .asOf : .period
        }
        year = Self.number(before: "年", in: time)
        month = Self.number(before: "月", in: time)
        day = Self.number(before: "日", in: time)
    }

    /// Whether two figures speak of the same moment: the same kind and calendar fields, a
    /// missing year matching any year. Undated figures share one moment; 截至目前 never
    /// matches a named date because the day of writing is unknown.
    func coincides(with other: Moment) -> Bool {
        guard kind == other.kind else { return false }
        guard kind == .asOf || kind == .period else { return true }
        let sameYear = year == nil || other.year == nil || year == other.year
        return sameYear && month == other.month && day == other.day
    }

    /// Whether values at the two moments may be read as one series: not a count over a period
    /// (5月份) against a running count at a date (截至5月30日), which are different quantities.
    func isSeries(with other: Moment) -> Bool {
        Set([kind, other.kind]) != [.period, .asOf]
    }

    /// Whether this moment is known to come before the other: both named dates with years.
    func precedes(_ other: Moment) -> Bool {
        guard kind == .asOf, other.kind == .asOf, let key = sortKey, let otherKey = other.sortKey else { return false }
        return key.lexicographicallyPrecedes(otherKey)
    }

    /// Year, month and day (0 when left out); nil without a year and month.
    private var sortKey: [Int]? {
        guard let year, let month else { return nil }
        return [year, month, day ?? 0]
    }

    /// "2021年11月26日" → 11 for "月": the digits just before the marker.
    private static func number(before marker: Unicode.Scalar, in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard let end = scalars.firstIndex(of: marker) else { return nil }
        let digits = scalars[..<end].reversed().prefix { ("0"..."9").contains($0) }
        return digits.isEmpty ? nil : digits.reversed().reduce(0) { $0 * 10 + Int($1.value - 0x30) }
    }
}
