/// A stable identity for a finding: rule, logical location and normalised evidence, hashed
/// with FNV-1a 128. Line numbers stay out so that a finding keeps its fingerprint when text
/// elsewhere in the report moves; a deterministic hash stands in for a cryptographic one,
/// which Linux lacks without extra packages and which this use does not need.
public enum Fingerprint {
    private static let offsetBasis: UInt128 = 0x6c62272e07bb014262b821756295c58d
    private static let prime: UInt128 = 0x0000000001000000000000000000013B

    /// `identity`, when given, is covered too; when nil the fingerprint is what it always was,
    /// so findings without one keep their ids and their triage decisions.
    public static func of(ruleID: String, logicalLocation: String, evidence: Evidence?, identity: String? = nil) -> String {
        let canonical = [ruleID, logicalLocation, evidence?.normalised ?? ""] + (identity.map { [$0] } ?? [])
        return hexadecimal(fnv1a(canonical.joined(separator: "\u{1F}")))
    }

    static func fnv1a(_ text: String) -> UInt128 {
        text.utf8.reduce(offsetBasis) { hash, byte in (hash ^ UInt128(byte)) &* prime }
    }

    private static func hexadecimal(_ value: UInt128) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 32 - digits.count) + digits
    }
}
