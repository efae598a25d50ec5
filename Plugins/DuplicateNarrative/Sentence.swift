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
                let offsets = range.filter { !Shingles.isSpace(scalars[$0]) }.map(UInt32.init)
                guard !offsets.isEmpty else { continue }
                let text = offsets.map { scalars[Int($0)] }
                sentences.append(Sentence(
                    paragraph: paragraph.index, text: text, offsets: offsets, shingleSize: shingleSize
                ))
            }
        }
        return sentences
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
