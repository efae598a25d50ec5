import Foundation
import Localization

/// A `multipart/form-data` body (RFC 7578): each part's field name, file name if any, and
/// bytes. Anything that does not parse is a 400.
struct MultipartForm {
    struct Part {
        var name: String
        var fileName: String?
        var data: Data
    }

    private(set) var parts: [Part] = []

    init(body: Data, contentType: String) throws {
        guard let boundary = Self.boundary(in: contentType) else { throw WorkbenchError.badRequest(LocalizedText(en: "a multipart/form-data body with a boundary is expected", zh: "应为带分隔符（boundary）的 multipart/form-data 请求体")) }
        let delimiter = Data("--\(boundary)".utf8)
        var chunks = body.split(separator: delimiter, omittingEmptySubsequences: false)
        guard chunks.count >= 2 else { throw WorkbenchError.badRequest(LocalizedText(en: "the multipart body has no parts", zh: "multipart 请求体中没有任何部分")) }
        chunks.removeFirst()
        for chunk in chunks {
            if chunk.starts(with: Data("--".utf8)) { break }
            parts.append(try Self.part(Data(chunk)))
        }
    }

    func field(_ name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.flatMap { String(data: $0.data, encoding: .utf8) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    func file(_ name: String) -> Part? {
        parts.first { $0.name == name && $0.fileName != nil }
    }

    private static func boundary(in contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return value.isEmpty || value.utf8.count > 70 ? nil : value
            }
        }
        return nil
    }

    /// "\r\nheaders\r\n\r\nbytes\r\n" between two delimiters.
    private static func part(_ chunk: Data) throws -> Part {
        let separator = Data("\r\n\r\n".utf8)
        guard chunk.starts(with: Data("\r\n".utf8)), let split = chunk.range(of: separator) else {
            throw WorkbenchError.badRequest(LocalizedText(en: "a part of the multipart body has no headers", zh: "multipart 请求体的某一部分没有头部"))
        }
        let headers = String(decoding: chunk[chunk.startIndex + 2 ..< split.lowerBound], as: UTF8.self)
        var data = chunk[split.upperBound...]
        if data.suffix(2) == Data("\r\n".utf8) { data = data.dropLast(2) }
        guard let disposition = headers.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
              let name = parameter("name", in: disposition)
        else { throw WorkbenchError.badRequest(LocalizedText(en: "a part of the multipart body has no field name", zh: "multipart 请求体的某一部分没有字段名")) }
        return Part(name: name, fileName: parameter("filename", in: disposition), data: Data(data))
    }

    private static func parameter(_ key: String, in header: Substring) -> String? {
        guard let range = header.range(of: "; \(key)=\"") else { return nil }
        let rest = header[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
