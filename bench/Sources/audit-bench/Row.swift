/// One line of the table: our measurement, the peer's on the same input, and how our process
/// grew in memory.
struct Row {
    let ours: Measurement
    var peer: Peer = .none
    /// Peak resident set size in bytes, measured as `PeakMemory` says.
    var peakMemory: Int?
    /// Printed under the row: what was measured, counts, recall.
    var notes: [String] = []

    /// How many times faster we are than the peer (fastest runs), when the peer ran.
    var ratio: Double? {
        guard case .measured(let peer) = peer, ours.fastest > 0 else { return nil }
        return peer.fastest / ours.fastest
    }
}

/// The tool a reviewer would otherwise reach for.
enum Peer {
    /// Nothing comparable (e.g. the cost of our own history lookups).
    case none
    case measured(Measurement)
    /// Named, but could not run here; the reason is printed in its place.
    case unavailable(name: String, reason: String)
}
