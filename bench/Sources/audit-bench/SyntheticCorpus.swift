import Foundation

/// Mutations of the sample report, deterministic for a seed: each item is a function of the seed
/// and its number only, so any one of them can be regenerated alone.
struct SyntheticCorpus {
    let sample: String
    let seed: UInt64

    /// A later revision of the sample: `edits` figures changed by one digit each, as a revised
    /// submission would. Layout and line count are those of the sample.
    func revision(_ number: Int, edits: Int = 6) -> String {
        var random = generator(for: number, stream: 1)
        var scalars = Array(sample.unicodeScalars)
        let digits = scalars.indices.filter { ("0"..."9").contains(scalars[$0]) }
        for _ in 0..<edits {
            let position = digits.randomElement(using: &random)!
            let old = scalars[position].value - 48
            scalars[position] = Unicode.Scalar(48 + (old + UInt32.random(in: 1...9, using: &random)) % 10)!
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Another department's report built from the sample: each narrative paragraph is kept (with
    /// a few characters changed) with probability `keep`, and otherwise rewritten by replacing
    /// `rewrite` of its Chinese characters, which takes it far below any duplicate threshold.
    /// Figures change as in `revision`.
    func report(_ number: Int, keep: Double = 0.02, rewrite: Double = 0.4) -> String {
        var random = generator(for: number, stream: 2)
        let lines = revision(number).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard Self.isNarrative(line) else { return String(line) }
            let rate = Double.random(in: 0..<1, using: &random) < keep ? 0.01 : rewrite
            return Self.replaceChinese(line, rate: rate, using: &random)
        }
        return lines.joined(separator: "\n")
    }

    /// Writes revisions 1...count as `<directory>/<n>.txt`, each different from all others.
    func writeRevisions(_ count: Int, to directory: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var seen: Set<String> = [sample]
        return try (1...count).map { number in
            var edits = 6
            var text = revision(number, edits: edits)
            // Two draws can coincide only by chance; more edits then make the text new.
            while seen.contains(text) {
                edits += 1
                text = revision(number, edits: edits)
            }
            seen.insert(text)
            let url = directory.appendingPathComponent("\(number).txt")
            try Data(text.utf8).write(to: url)
            return url
        }
    }

    private func generator(for number: Int, stream: UInt64) -> SeededGenerator {
        SeededGenerator(seed: seed ^ (UInt64(number) &* 0x9e37_79b9_7f4a_7c15) ^ (stream << 56))
    }

    private static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value)
    }

    /// Narrative paragraphs are long runs of Chinese; table rows hold short labels and figures.
    private static func isNarrative(_ line: Substring) -> Bool {
        line.unicodeScalars.lazy.filter(isChinese).count >= 30
    }

    private static func replaceChinese(_ line: Substring, rate: Double, using random: inout SeededGenerator) -> String {
        let scalars = line.unicodeScalars.map { scalar -> Unicode.Scalar in
            guard isChinese(scalar), Double.random(in: 0..<1, using: &random) < rate else { return scalar }
            return Unicode.Scalar(0x4E00 + UInt32.random(in: 0..<3000, using: &random))!
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
