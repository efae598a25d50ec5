extension TableVocabulary {
    /// What tells this vocabulary's models apart from the standard one's in a cache: nil for
    /// the standard vocabulary (so models archived with it keep their names), otherwise a
    /// digest of the titles and columns a pack added, the same in every process.
    public var cacheKey: String? {
        guard self != .standard else { return nil }
        let words = titleFragments.map { "\($0.kind)=\($0.fragment)" } + ["|"] + addedTitles + ["|"] + columnNames.map(\.name)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in words.joined(separator: "\u{0}").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
