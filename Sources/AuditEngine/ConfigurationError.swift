import CheckerKit

/// A mistake in `audit.yml`, described in one line that says where and what is allowed, in
/// both languages; the place (`audit.yml:12: checkers:`) is the same in each.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable, LocalizedFailure {
    public let wording: LocalizedText

    init(_ path: String, line: Int?, _ problem: LocalizedText) {
        let place = line.map { "audit.yml:\($0)" } ?? "audit.yml"
        wording = .same(path.isEmpty ? "\(place): " : "\(place): \(path): ") + problem
    }

    public var description: String { wording.en }
}
