import Foundation
import Localization

/// The fields of a query string or an `application/x-www-form-urlencoded` body; a field given
/// twice keeps its first value. Malformed escapes make the request a 400, never a crash.
struct FormFields: Sendable {
    private var values: [String: String] = [:]

    init(encoded: String) throws {
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0]), value = try Self.decode(parts.count > 1 ? parts[1] : "")
            if values[name] == nil { values[name] = value }
        }
    }

    subscript(name: String) -> String? {
        values[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    func required(_ name: String) throws -> String {
        guard let value = self[name] else { throw WorkbenchError.badRequest(LocalizedText(en: "missing field '\(name)'", zh: "缺少字段 '\(name)'")) }
        return value
    }

    private static func decode(_ text: Substring) throws -> String {
        guard let decoded = text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
            throw WorkbenchError.badRequest(LocalizedText(en: "malformed percent-encoding", zh: "百分号编码有误"))
        }
        return decoded
    }

    /// `fields` as a query string, each value percent-encoded (so a ref's `/` and `@`, or
    /// Chinese, survive), in the order given.
    static func query(_ fields: KeyValuePairs<String, String?>) -> String {
        fields.compactMap { name, value in
            value.map { "\(name)=\($0.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "")" }
        }.joined(separator: "&")
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
