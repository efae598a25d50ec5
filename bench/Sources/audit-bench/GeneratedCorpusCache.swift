import Foundation

/// Generated reports kept between runs of `bench/run`, one stored text per file under
/// `.build/bench-cache/<name>-g<generator>-<sample hash>`: at 10,000 reports generating them
/// takes minutes, longer than what is timed. The key names the generator's version, so a
/// changed generator writes a new directory instead of reading a stale one; a directory is
/// complete only once its `complete` marker exists (written last, after every report).
struct GeneratedCorpusCache {
    /// Bump when the generator's output changes.
    let generator: Int
    let name: String
    let sample: String
    let root: URL

    var directory: URL {
        root.appendingPathComponent("\(name)-g\(generator)-\(String(Self.fnv1a(sample), radix: 16))")
    }

    /// The cached texts, or `generate`'s, written to the cache for the next run.
    func texts(_ generate: () -> [String]) throws -> [String] {
        let marker = directory.appendingPathComponent("complete")
        if let count = try? String(contentsOf: marker, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines), let count = Int(count) {
            return try (0..<count).map { try String(contentsOf: file($0), encoding: .utf8) }
        }
        let texts = generate()
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (number, text) in texts.enumerated() {
            try Data(text.utf8).write(to: file(number))
        }
        try Data("\(texts.count)\n".utf8).write(to: marker)
        return texts
    }

    /// The file of the `number`-th report, as `audit dups` would be given it.
    func file(_ number: Int) -> URL {
        directory.appendingPathComponent("report-\(number).txt")
    }

    private static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }
}
