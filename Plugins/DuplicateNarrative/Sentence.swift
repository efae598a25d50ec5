import ReportModel

/// A sentence of a paragraph: the unit of comparison. Paragraphs are too coarse, because a
/// pasted formula is usually one sentence inside an otherwise original paragraph, and a
/// repeated sentence can sit inside a single paragraph.
struct Sentence {
    let paragraph: Int
    /// The text without whitespace, which wrapping puts anywhere.
    let text: [Unicode.Scalar]
    /// For each scalar of `text`, its Unicode-scalar offset in the paragraph's text.
    /// 32 bits: a season of reports holds tens of millions of these.
    let offsets: [UInt32]
    let shingleSize: Int

    /// Computed on demand: the corpus search compares only the sentences of candidate pairs,
    /// a few thousand of millions, and sorting every sentence's shingles cost more than sketching them.
    var shingles: Shingles { Shingles(text, size: shingleSize) }

    /// Sentences end at 。；！？ and their ASCII forms; the terminator stays with its sentence.
    /// A switch rather than a set: hashing every scalar of a corpus cost more than cutting it.
    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "；", "！", "？", ";", "!", "?": true
        default: false
        }
    }

    /// The paragraph-text offsets of `range` of `text`.
    func paragraphRange(_ range: Range<Int>) -> Range<Int> {
        Int(offsets[range.lowerBound])..<(Int(offsets[range.upperBound - 1]) + 1)
    }

    static func split(_ report: Report, shingleSize: Int) -> [Sentence] {
        var sentences: [Sentence] = []
        for paragraph in report.paragraphs {
            let scalars = Array(paragraph.text.unicodeScalars)
            for range in ranges(in: scalars) {
                guard let sentence = stripped(scalars[range], paragraph: paragraph.index, shingleSize: shingleSize) else { continue }
                sentences.append(sentence)
            }
        }
        return sentences
    }

    /// The sentence `scalars` holds without its white space, nil when nothing else is left:
    /// text and offsets filled in one pass, each allocated once (a season of reports holds
    /// millions of sentences, and filtering, then mapping twice, allocated four arrays each).
    private static func stripped(_ scalars: ArraySlice<Unicode.Scalar>, paragraph: Int, shingleSize: Int) -> Sentence? {
        var text: [Unicode.Scalar] = []
        var offsets: [UInt32] = []
        text.reserveCapacity(scalars.count)
        offsets.reserveCapacity(scalars.count)
        for offset in scalars.indices where !Shingles.isSpace(scalars[offset]) {
            text.append(scalars[offset])
            offsets.append(UInt32(offset))
        }
        guard !text.isEmpty else { return nil }
        return Sentence(paragraph: paragraph, text: text, offsets: offsets, shingleSize: shingleSize)
    }

    private static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (offset, scalar) in scalars.enumerated() where isTerminator(scalar) {
            ranges.append(start..<(offset + 1))
            start = offset + 1
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges
    }
}
