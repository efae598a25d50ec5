/// A mistake in `audit.yml`, described in one line that says where and what is allowed.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    public var description: String

    init(_ path: String, line: Int?, _ problem: String) {
        let place = line.map { "audit.yml:\($0)" } ?? "audit.yml"
        description = path.isEmpty ? "\(place): \(problem)" : "\(place): \(path): \(problem)"
    }
}
