import AuditStore
import Foundation
import Localization

/// Where the workbench listens, what it serves and who decides through it.
public struct ServerConfiguration: Sendable {
    public var workspace: URL
    public var host: String
    public var port: Int
    /// Required on every request when set; `validated` insists on one for any bind but loopback.
    public var token: String?
    /// "Name <email>" of the reviewer triage decisions are signed by; nil for the store's default.
    public var reviewer: String?
    /// The pages' language unless a request asks for the other with `?lang=`.
    public var language: Language

    public init(workspace: URL, host: String, port: Int, token: String?, reviewer: String?, language: Language = .en) {
        self.workspace = workspace
        self.host = host
        self.port = port
        self.token = token
        self.reviewer = reviewer
        self.language = language
    }

    /// Only a loopback address may be served without a token: anyone on the network could
    /// otherwise read every report and record decisions in a reviewer's name.
    public func validated() throws -> ServerConfiguration {
        if !Self.loopback.contains(host), token?.isEmpty != false {
            throw ServerConfigurationError("binding to \(host) needs a token: --token or AUDIT_TOKEN")
        }
        if let token, token.utf8.count < 16 || !token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.~".contains($0)) }) {
            throw ServerConfigurationError("the token must be at least 16 characters of letters, digits, '-', '_', '.' or '~'")
        }
        guard (0...65535).contains(port) else { throw ServerConfigurationError("--port \(port) is not a port (0 to 65535)") }
        do {
            _ = try Workspace.open(at: workspace)
        } catch {
            throw ServerConfigurationError("\(error)")
        }
        return self
    }

    static let loopback: Set<String> = ["127.0.0.1", "localhost", "::1"]
}

public struct ServerConfigurationError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
