import CheckerKit

/// The sentences of every report of a corpus in one list, as the corpus passage search
/// compares them, and the windows of them it sketches.
struct CorpusSentences {
    let sentences: [Sentence]
    /// For each sentence, the number of its report in the corpus.
    let documents: [Int]

    init(_ corpus: [CorpusDocument], shingleSize: Int) {
        var sentences: [Sentence] = []
        var documents: [Int] = []
        for (number, document) in corpus.enumerated() {
            let split = Sentence.split(document.report, shingleSize: shingleSize)
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
    /// where the two whole sentences would differ by the host's head.
    func windows(minimumLength: Int) -> (texts: [[Unicode.Scalar]], owners: [Int]) {
        let tail = 2 * minimumLength
        var texts: [[Unicode.Scalar]] = []
        var owners: [Int] = []
        for (number, sentence) in sentences.enumerated() where sentence.text.count >= minimumLength {
            texts.append(sentence.text)
            owners.append(number)
            if sentence.text.count > tail {
                texts.append(Array(sentence.text.suffix(tail)))
                owners.append(number)
            }
        }
        return (texts, owners)
    }
}
