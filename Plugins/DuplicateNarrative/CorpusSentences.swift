import CheckerKit

/// The sentences of every report of a corpus in one list, as the corpus passage search
/// compares them, and the windows of them it sketches.
struct CorpusSentences {
    let sentences: [Sentence]
    /// For each sentence, the number of its report in the corpus.
    let documents: [Int]

    /// The reports are cut into sentences on every core, then joined in corpus order.
    init(_ corpus: [CorpusDocument], shingleSize: Int) {
        let work = corpus.reduce(0) { $0 + $1.report.paragraphs.count }
        let splits = ParallelChunks.flatMap(corpus.count, work: work) { range in
            range.map { Sentence.split(corpus[$0].report, shingleSize: shingleSize) }
        }
        var sentences: [Sentence] = []
        var documents: [Int] = []
        sentences.reserveCapacity(splits.reduce(0) { $0 + $1.count })
        documents.reserveCapacity(sentences.capacity)
        for (number, split) in splits.enumerated() {
            sentences += split
            documents += repeatElement(number, count: split.count)
        }
        self.sentences = sentences
        self.documents = documents
    }

    func key(_ sentence: Int) -> CorpusParagraph.Key {
        CorpusParagraph.Key(document: documents[sentence], paragraph: sentences[sentence].paragraph)
    }

    /// What is sketched: every sentence of at least `minimumLength` characters, and the last
    /// `2 × minimumLength` characters of each longer one. A sentence pasted after an
    /// unfinished one (a line the layout joined to it, a clause without its full stop) ends
    /// a longer sentence: its own text and that host's tail are then near-identical windows,
    /// where the two whole sentences would differ by the host's head. Windows are named, not
    /// copied: each is its sentence's number and how many of its last characters it takes.
    func windows(minimumLength: Int) -> Windows {
        let tail = 2 * minimumLength
        var owners: [UInt32] = []
        var lengths: [UInt32] = []
        for (number, sentence) in sentences.enumerated() where sentence.text.count >= minimumLength {
            owners.append(UInt32(number))
            lengths.append(UInt32(sentence.text.count))
            if sentence.text.count > tail {
                owners.append(UInt32(number))
                lengths.append(UInt32(tail))
            }
        }
        return Windows(owners: owners, lengths: lengths)
    }

    struct Windows {
        /// For each window, the sentence it is cut from.
        let owners: [UInt32]
        /// For each window, how many of its sentence's last characters it holds.
        let lengths: [UInt32]

        func owner(_ window: Int) -> Int { Int(owners[window]) }

        func text(_ window: Int, of sentences: [Sentence]) -> ArraySlice<Unicode.Scalar> {
            sentences[owner(window)].text.suffix(Int(lengths[window]))
        }
    }
}
