import Foundation

/// Mutations of the sample report, deterministic for a seed: each item is a function of the seed
/// and its number only, so any one of them can be regenerated alone.
struct SyntheticCorpus {
    let sample: String
    let seed: UInt64

    /// A later revision of the sample: `edits` figures changed by one digit each, as a revised
    /// submission would. Layout and line count are those of the sample.
    func revision(_ number: Int, edits: Int = 6) -> String {
        var random = generator(for: number)
        var scalars = Array(sample.unicodeScalars)
        let digits = scalars.indices.filter { ("0"..."9").contains(scalars[$0]) }
        for _ in 0..<edits {
            let position = digits.randomElement(using: &random)!
            let old = scalars[position].value - 48
            scalars[position] = Unicode.Scalar(48 + (old + UInt32.random(in: 1...9, using: &random)) % 10)!
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Writes revisions 1...count as `<directory>/<n>.txt`, each different from all others.
    func writeRevisions(_ count: Int, to directory: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // Hashes, not texts: a thousand copies of the sample would inflate the bench's own memory.
        var seen: Set<Int> = [sample.hashValue]
        return try (1...count).map { number in
            var edits = 6
            var text = revision(number, edits: edits)
            // Two draws coincide only by chance (or their hashes do); more edits make the text new.
            while seen.contains(text.hashValue) {
                edits += 1
                text = revision(number, edits: edits)
            }
            seen.insert(text.hashValue)
            let url = directory.appendingPathComponent("\(number).txt")
            try Data(text.utf8).write(to: url)
            return url
        }
    }

    /// `text` with each character replaced, with probability `rate`, by one of 3,000 common CJK
    /// characters: a paragraph rewritten to a chosen distance from the original.
    static func altered(_ text: [Unicode.Scalar], rate: Double, using random: inout SeededGenerator) -> [Unicode.Scalar] {
        text.map { scalar in
            Double.random(in: 0..<1, using: &random) < rate ? Unicode.Scalar(0x4E00 + UInt32(random.next() % 3000))! : scalar
        }
    }

    private func generator(for number: Int) -> SeededGenerator {
        SeededGenerator(seed: seed ^ (UInt64(number) &* 0x9e37_79b9_7f4a_7c15))
    }
}
