import CheckerKit

/// Two ways to say "the same finding". The fingerprint (rule, place and figures) says it is
/// exactly the same; the place key (rule and place, figures left out) says it is the same
/// problem at the same place with other figures, which a baseline calls `updated`.
extension Finding {
    /// How many fingerprint digits reviewers see and type.
    public static let shortIDLength = 10

    public var shortID: String {
        String(fingerprint.prefix(Self.shortIDLength))
    }

    var placeKey: String {
        Fingerprint.of(ruleID: ruleID, logicalLocation: locations.first?.logical ?? "", evidence: nil)
    }
}
