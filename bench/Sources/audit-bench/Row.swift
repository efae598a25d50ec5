/// One line of the table: our measurement, the peer's on the same input, and our peak memory.
struct Row {
    let name: String
    /// Nil when ours could not run here; `missing` says why.
    let ours: Measurement?
    var missing: String?
    var peer: Peer = .none
    /// Peak resident set size in bytes, measured as the workload's notes say.
    var peakMemory: Int?
    /// Printed under the row: what was measured, counts, recall.
    var notes: [String] = []

    init(ours: Measurement, peer: Peer = .none, peakMemory: Int? = nil, notes: [String] = []) {
        name = ours.name
        self.ours = ours
        self.peer = peer
        self.peakMemory = peakMemory
        self.notes = notes
    }

    /// A row for a workload whose subject does not exist yet, e.g. a command not built.
    init(name: String, missing reason: String) {
        self.name = name
        ours = nil
        missing = reason
    }

    /// The peer's fastest run over ours: how many times faster we are, when both ran.
    var ratio: Double? {
        guard let ours, case .measured(let peer) = peer, ours.fastest > 0 else { return nil }
        return peer.fastest / ours.fastest
    }
}

/// The tool a reviewer would otherwise reach for.
enum Peer {
    /// Nothing comparable (e.g. parsing this format).
    case none
    case measured(Measurement)
    /// Named, but could not run here; the reason is printed in its place.
    case unavailable(name: String, reason: String)
}
