import CheckerKit

/// Two ways to say "the same finding". The fingerprint (rule, place and figures) says it is
/// exactly the same (`shortID`, in AuditEngine, is its start); the place key (rule and place, figures left out) says it is the same
/// problem at the same place with other figures, which a baseline calls `updated`.
extension Finding {
    var placeKey: String {
        Fingerprint.of(ruleID: ruleID, logicalLocation: locations.first?.logical ?? "", evidence: nil)
    }
}
