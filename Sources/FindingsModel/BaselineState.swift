/// How a finding compares with a baseline run, in SARIF's `baselineState` vocabulary.
public enum BaselineState: String, Codable, CaseIterable, Sendable {
    /// Not in the baseline.
    case new
    /// In the baseline with the same fingerprint.
    case unchanged
    /// The same rule at the same place, but its figures changed.
    case updated
    /// In the baseline, gone now: fixed, or the text it pointed at is gone.
    case absent
}
