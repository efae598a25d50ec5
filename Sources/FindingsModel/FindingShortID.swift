import CheckerKit

extension Finding {
    /// How many fingerprint digits reviewers see and type.
    public static let shortIDLength = 10

    /// The finding id reviewers see: the start of its fingerprint.
    public var shortID: String {
        String(fingerprint.prefix(Self.shortIDLength))
    }
}
