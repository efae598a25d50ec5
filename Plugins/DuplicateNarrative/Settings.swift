import CheckerKit
import Foundation

/// The checker's options, read once from its configuration. Thresholds arrive as decimals
/// from `audit.yml` and are compared with similarities, which are ratios of counts.
struct Settings {
    var shingleSize: Int
    var minimumLength: Int
    var jaccard: Double
    var containment: Double
    var extensionJaccard: Double
    var gap: Int
    var substantiveLength: Int
    var formulaOccurrences: Int
    var previousVersion: Bool
    var corpusJaccard: Double
    var permutations: Int
    var corpusPassages: Bool

    init(_ configuration: CheckerConfiguration) throws {
        typealias Key = DuplicateNarrativeDescription
        shingleSize = try configuration.integer(Key.shingleSize)
        minimumLength = try configuration.integer(Key.minimumLength)
        jaccard = try Self.ratio(configuration.decimal(Key.jaccard))
        containment = try Self.ratio(configuration.decimal(Key.containment))
        extensionJaccard = try Self.ratio(configuration.decimal(Key.extensionJaccard))
        gap = try configuration.integer(Key.gap)
        substantiveLength = try configuration.integer(Key.substantiveLength)
        formulaOccurrences = try configuration.integer(Key.formulaOccurrences)
        previousVersion = try configuration.bool(Key.previousVersion)
        corpusJaccard = try Self.ratio(configuration.decimal(Key.corpusJaccard))
        permutations = try configuration.integer(Key.permutations)
        corpusPassages = try configuration.bool(Key.corpusPassages)
    }

    var exactPairs: ExactPairs { ExactPairs(jaccard: jaccard, containment: containment) }

    /// Similarity thresholds are compared with ratios of shingle counts, never with money or a
    /// printed percentage, so binary floating point is exact enough here.
    private static func ratio(_ value: Decimal) -> Double {
        NSDecimalNumber(decimal: value).doubleValue
    }
}
