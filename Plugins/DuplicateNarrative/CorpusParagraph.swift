import CheckerKit

/// A paragraph of a corpus document, as the corpus search compares it.
struct CorpusParagraph {
    let document: Int
    let paragraph: Int
    /// The text without whitespace.
    let text: [Unicode.Scalar]
    let shingleSize: Int

    /// Computed on demand, for candidate pairs only (see `Sentence.shingles`).
    var shingles: Shingles { Shingles(text, size: shingleSize) }

    /// A paragraph's place in the corpus, which the sentences cut from it share.
    struct Key: Hashable {
        let document: Int
        let paragraph: Int
    }

    var key: Key { Key(document: document, paragraph: paragraph) }

    /// The paragraphs of `documents` long enough to compare, in document order; the
    /// documents are shared out between the cores (a season holds millions of paragraphs).
    static func all(_ documents: [CorpusDocument], shingleSize: Int, minimumLength: Int) -> [CorpusParagraph] {
        let work = documents.reduce(0) { $0 + $1.report.paragraphs.count }
        return ParallelChunks.flatMap(documents.count, work: work) { range in
            range.flatMap { number in
                documents[number].report.paragraphs.compactMap { paragraph -> CorpusParagraph? in
                    let text: [Unicode.Scalar] = paragraph.text.unicodeScalars.filter { !Shingles.isSpace($0) }
                    guard text.count >= minimumLength else { return nil }
                    return CorpusParagraph(document: number, paragraph: paragraph.index, text: text, shingleSize: shingleSize)
                }
            }
        }
    }
}
