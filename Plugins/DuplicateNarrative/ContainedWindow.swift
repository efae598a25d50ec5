/// Where a short sentence lies inside a longer one that contains it: the stretch of the
/// longer text between the first and last of its shingles that the short one shares, within
/// the densest window of the short one's length. Diffing against that stretch alone keeps
/// the host sentence's own words out of the reported differences.
enum ContainedWindow {
    static func range(of short: [Unicode.Scalar], in long: [Unicode.Scalar], size: Int) -> Range<Int> {
        guard long.count > size, short.count >= size else { return 0..<long.count }
        let wanted = Set(Shingles(short, size: size).hashes)
        let hits = (0...(long.count - size)).filter { wanted.contains(Shingles(long[$0..<($0 + size)], size: size).hashes[0]) }
        guard let firstHit = hits.first else { return 0..<long.count }
        var best = (start: firstHit, count: 0)
        var end = 0
        for (position, start) in hits.enumerated() {
            while end < hits.count, hits[end] < start + short.count { end += 1 }
            if end - position > best.count { best = (start, end - position) }
        }
        let inside = hits.filter { $0 >= best.start && $0 < best.start + short.count }
        return inside.first!..<(inside.last! + size)
    }
}
