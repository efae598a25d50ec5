import Foundation

/// Finds every number in a paragraph with its unit, the phrase it quantifies and the date
/// qualifying it. Dates, list markers and numbers that are part of names ("5G") are not
/// figures.
enum FigureExtractor {
    /// `scalars` is the paragraph's text.
    static func figures(in paragraph: Paragraph, scalars: [Unicode.Scalar]) -> [Figure] {
        var scanner = FigureScanner(scalars: scalars, times: TimeExpression.all(in: scalars))
        var figures: [Figure] = []
        var sentenceIndex: SentenceIndex?
        while let found = scanner.next() {
            // Indexed at the first figure: many paragraphs have none.
            let sentences = sentenceIndex ?? SentenceIndex(scalars)
            sentenceIndex = sentences
            let floor = max(scanner.previousEnd(before: found.range.lowerBound), scanner.bodyStart)
            let counted = PhraseFinder.countedNoun(in: scalars, after: found)
            if let counted { scanner.extendLastEnd(to: counted.end) }
            // A counted noun can run over the next figure's "约" ("1万A约5"): the phrase is then empty.
            let start = min(max(sentences.sentenceStart(before: found.phraseEnd), floor), found.phraseEnd)
            let phrase = counted?.words ?? PhraseFinder.phrase(in: scalars, from: start, before: found.phraseEnd, times: scanner.times)
            // A date opening a sentence still holds after "；": only a full stop ends its reach.
            let time = scanner.times.date(before: found.range.lowerBound, notBefore: sentences.fullSentenceStart(before: found.range.lowerBound))
            figures.append(Figure(
                amount: found.amount,
                unit: found.unit?.text,
                base: found.unit?.base(value: found.amount.value),
                phrase: phrase,
                time: time?.text,
                isApproximate: found.isApproximate,
                paragraph: paragraph.index,
                range: found.range,
                span: paragraph.span(ofScalarRange: found.range)
            ))
        }
        return figures
    }
}

/// Walks a paragraph's scalars from number to number.
struct FigureScanner {
    struct Found {
        var amount: Amount
        var unit: MeasureUnit.Printed?
        var isApproximate: Bool
        /// The number and its unit.
        var range: Range<Int>
        /// Where the phrase stops: before the number or an approximation word ("约").
        var phraseEnd: Int
    }

    let scalars: [Unicode.Scalar]
    let times: TimeExpressions
    /// Where the text starts after a leading list marker ("1.", "（一）").
    let bodyStart: Int
    private var cursor: Int
    private var ends: [Int] = []

    init(scalars: [Unicode.Scalar], times: [TimeExpression]) {
        self.scalars = scalars
        self.times = TimeExpressions(times)
        bodyStart = HeadingMarker.at(scalars[...])?.length ?? 0
        cursor = bodyStart
    }

    /// The last figure's phrase ran on past its unit ("12 个系统"): the next phrase starts after.
    mutating func extendLastEnd(to end: Int) {
        if !ends.isEmpty { ends[ends.count - 1] = end }
    }

    /// End of the figure before `offset`, where the next phrase may start.
    func previousEnd(before offset: Int) -> Int { ends.last { $0 <= offset } ?? 0 }

    mutating func next() -> Found? {
        while cursor < scalars.count {
            guard scalars[cursor].isDigit || scalars[cursor] == "截" else { cursor += 1; continue }
            // Dates start with 截 or a digit: only there can the cursor be inside one.
            if let time = times.containing(cursor) {
                cursor = time.range.upperBound
                continue
            }
            guard scalars[cursor].isDigit, !continuesWord(at: cursor) else { cursor += 1; continue }
            let numberEnd = readNumber(from: cursor)
            defer { cursor = max(cursor + 1, numberEnd) }
            if let found = figure(from: cursor, to: numberEnd) {
                ends.append(found.range.upperBound)
                cursor = found.range.upperBound
                return found
            }
        }
        return nil
    }

    /// Digits glued to a preceding letter or digit belong to a name ("A1", "web2").
    private func continuesWord(at index: Int) -> Bool {
        index > 0 && Self.gluesToName(scalars[index - 1])
    }

    /// Whether digits after `scalar` continue a word or a number rather than start a figure.
    static func gluesToName(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCIIAlphanumeric || scalar == "."
    }

    /// Digits with at most one decimal point and thousands separators before groups of three.
    private func readNumber(from start: Int) -> Int {
        var index = start
        var sawPoint = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isDigit {
                index += 1
            } else if !sawPoint, scalar == "." || scalar == "．", digit(at: index + 1) {
                sawPoint = true
                index += 1
            } else if !sawPoint, scalar == ",", (1...3).allSatisfy({ digit(at: index + $0) }), !digit(at: index + 4) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    private func digit(at index: Int) -> Bool { index < scalars.count && scalars[index].isDigit }

    private func figure(from start: Int, to end: Int) -> Found? {
        let digits = scalars[start..<end]
        guard !isNamePart(start, end), !isListMarker(start, end),
              var amount = NumberSyntax.amount(digits, printed: { String(scalars: digits) })
        else { return nil }
        var lower = start
        var upper = end
        if start > 0, scalars[start - 1] == "-" || scalars[start - 1] == "－", start < 2 || !scalars[start - 2].isDigit {
            amount.value.negate()
            amount.printed = "-" + amount.printed
            lower = start - 1
        } else if isParenthesised(start, end), amount.decimals > 0 || digits.contains(",") {
            amount.value.negate()
            amount.printed = "(" + amount.printed + ")"
            lower = start - 1
            upper = end + 1
        }
        let unit = UnitReader(scalars: scalars, from: upper)
        let prefixApproximate = approximationWord(before: lower)
        return Found(amount: amount, unit: unit.unit, isApproximate: unit.isApproximate || prefixApproximate != nil,
                     range: lower..<unit.end, phraseEnd: prefixApproximate ?? lower)
    }

    /// "5G", "7×24", "3D": digits joined to letters or multiplied are names, not quantities.
    /// Storage sizes ("64GB", "1224.95T") are quantities.
    private func isNamePart(_ start: Int, _ end: Int) -> Bool {
        let after = end < scalars.count ? scalars[end] : " "
        let before = start > 0 ? scalars[start - 1] : " "
        if FigureScanner.multiplication.contains(after) || FigureScanner.multiplication.contains(before) { return true }
        guard after.isASCIIAlphanumeric else { return false }
        let rest = scalars[end...]
        if rest.starts(with: FigureScanner.gigabytes) || rest.starts(with: FigureScanner.terabytes) { return false }
        let next = end + 1 < scalars.count ? scalars[end + 1] : " "
        return !(after == "T" && !next.isASCIIAlphanumeric)
    }

    private static let multiplication = ScalarSet("*×")
    private static let gigabytes: [Unicode.Scalar] = ["G", "B"]
    private static let terabytes: [Unicode.Scalar] = ["T", "B"]

    /// "1.云平台…", "（2）…": enumeration inside a paragraph.
    private func isListMarker(_ start: Int, _ end: Int) -> Bool {
        guard end - start <= 2, end < scalars.count else { return false }
        let after = scalars[end]
        if after == "." || after == "．" || after == "、" { return true }
        return isParenthesised(start, end)
    }

    private func isParenthesised(_ start: Int, _ end: Int) -> Bool {
        guard start > 0, end < scalars.count else { return false }
        return (scalars[start - 1] == "（" || scalars[start - 1] == "(") && (scalars[end] == "）" || scalars[end] == ")")
    }

    /// Offset of "约", "近", "超", "逾" just before the number, if printed.
    private func approximationWord(before index: Int) -> Int? {
        var probe = index - 1
        while probe >= 0, scalars[probe].isBlank { probe -= 1 }
        guard probe >= 0, "约近超逾".unicodeScalars.contains(scalars[probe]) else { return nil }
        return probe
    }
}

/// Reads the unit after a number: [多|余] [万|亿] [多|余] word, blanks allowed between.
struct UnitReader {
    let unit: MeasureUnit.Printed?
    let isApproximate: Bool
    /// Just past the unit, or the number's end when there is none.
    let end: Int

    private static let orMore = Array("以上".unicodeScalars)
    private static let orSo = Array("左右".unicodeScalars)

    init(scalars: [Unicode.Scalar], from start: Int) {
        var index = start
        while index < scalars.count, scalars[index].isBlank { index += 1 }
        var approximate = false
        func skipInfix(_ index: inout Int) {
            if index < scalars.count, MeasureUnit.approximateInfixes.contains(scalars[index]) { approximate = true; index += 1 }
        }
        var magnitude: Unicode.Scalar?
        var word: Int?
        skipInfix(&index)
        if index < scalars.count, MeasureUnit.magnitudes[scalars[index]] != nil {
            magnitude = scalars[index]
            index += 1
            skipInfix(&index)
        }
        if index < scalars.count, let found = MeasureUnit.word(at: index, in: scalars), !MeasureUnit.startsNoun(scalars[index...]) {
            word = found
            index += MeasureUnit.scalarWords[found].count
        }
        guard magnitude != nil || word != nil else {
            unit = nil
            isApproximate = false
            end = start
            return
        }
        let after = scalars[index...]
        let bound = after.starts(with: UnitReader.orMore) || after.starts(with: UnitReader.orSo)
        unit = MeasureUnit.Printed(magnitude: magnitude, word: word)
        isApproximate = approximate || bound || after.first == "+"
        end = bound ? index + 2 : index
    }
}

/// The words a number quantifies: the run of text before it, back to the sentence start
/// or the previous figure, without punctuation and dates.
enum PhraseFinder {
    static let sentenceEnds = ScalarSet("。；！？;!?")
    static let clauseEnds = ScalarSet("，、：,:")
    static let dropped = ScalarSet("，、：,:“”\"《》（）()「」【】·—-")
    static let maximumLength = 40

    static let fullStops = ScalarSet("。！？!?")

    static func phrase(in scalars: [Unicode.Scalar], from sentenceStart: Int, before end: Int, times: TimeExpressions) -> String {
        var start = sentenceStart
        if end - start > maximumLength {
            let clause = scalars[start..<end].lastIndex { clauseEnds.contains($0) }
            start = clause.map { $0 + 1 } ?? (end - maximumLength)
        }
        let dates = times.overlapping(start..<end)
        let dropped = PhraseFinder.dropped
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(end - start)
        for index in start..<end where !scalars[index].isBlank && !dropped.contains(scalars[index]) && !dates.contains(where: { $0.range.contains(index) }) {
            kept.append(scalars[index])
        }
        if let lead = leads.first(where: { kept.starts(with: $0) && kept.count > $0.count + 1 }) {
            kept.removeFirst(lead.count)
        }
        return String(scalars: kept)
    }

    /// In "82 种证照目录支撑全市" or "12 个系统" the thing counted follows the measure word:
    /// those words, up to the next punctuation or number, name the figure. Money and
    /// percentages are named before the number ("单价 50 万元以上", "完成预算 11.00 万元的").
    static func countedNoun(in scalars: [Unicode.Scalar], after found: FigureScanner.Found) -> (words: String, end: Int)? {
        guard let unit = found.unit, !unit.isMoney, !unit.isPercent else { return nil }
        let start = found.range.upperBound
        guard start < scalars.count, !particles.contains(scalars[start]) else { return nil }
        let run = scalars[start...].prefix { !clauseEnds.contains($0) && !sentenceEnds.contains($0) && !$0.isDigit && !$0.isBlank }
        let words = run.prefix(12).filter { !dropped.contains($0) }
        guard words.count >= 2 else { return nil }
        return (String(scalars: words), start + run.count)
    }

    /// Words that continue a sentence rather than name a thing: "的", "以", "等", "之".
    private static let particles = ScalarSet("的以等之及和与或")

    /// Conjunctions that open a clause without naming anything.
    private static let leads: [[Unicode.Scalar]] = ["其中", "以及", "及", "和"].map { Array($0.unicodeScalars) }
}

extension Unicode.Scalar {
    var isDigit: Bool { ("0"..."9").contains(self) || (0xFF10...0xFF19).contains(value) }
}
