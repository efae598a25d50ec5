import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import XCTest

/// The built `audit-serve` serving a test's workspace on a free loopback port, and a small
/// HTTP client for it that does not follow redirects (a test looks at each answer itself).
final class ServedWorkspace {
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    let process: Process
    let base: URL
    private let output: URL
    private let session: URLSession

    init(workspace: URL, arguments: [String] = [], environment: [String: String] = [:], scratch: URL) throws {
        process = Process()
        process.executableURL = try AuditBinary.url().deletingLastPathComponent().appendingPathComponent("audit-serve")
        process.arguments = ["--workspace", workspace.path, "--port", "0"] + arguments
        var inherited = ProcessInfo.processInfo.environment
        inherited["AUDIT_TOKEN"] = nil
        inherited["AUDIT_AUTHOR"] = nil
        process.environment = inherited.merging(environment) { $1 }
        output = scratch.appendingPathComponent("serve-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = process.standardOutput
        try process.run()
        base = try Self.waitForAddress(in: output, of: process)
        session = URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil)
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// The address it prints once listening: "audit serve: DIR at http://127.0.0.1:PORT/ (…)".
    private static func waitForAddress(in output: URL, of process: Process) throws -> URL {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let printed = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let range = printed.range(of: #"http://[^ ]+/"#, options: .regularExpression) {
                return URL(string: String(printed[range]))!
            }
            guard process.isRunning else { throw ServeFailed(output: printed) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw ServeFailed(output: "not listening after 60 s")
    }

    var printed: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

    func get(_ pathAndQuery: String, headers: [String: String] = [:]) throws -> Answer {
        try send(URLRequest(url: URL(string: pathAndQuery, relativeTo: base)!), headers: headers)
    }

    func post(_ path: String, form: [(String, String)], headers: [String: String] = [:]) throws -> Answer {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(form.map { "\(Self.encode($0))=\(Self.encode($1))" }.joined(separator: "&").utf8)
        return try send(request, headers: headers)
    }

    /// A `multipart/form-data` body of the upload form: its fields and, if given, its file.
    static func multipart(_ fields: [(String, String)], file: (name: String, data: Data)?) -> (body: Data, type: String) {
        let boundary = "----audit-test-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file.data + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    func post(_ path: String, body: Data, contentType: String) throws -> Answer {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = "POST"
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        request.httpBody = body
        return try send(request, headers: [:])
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")) ?? ""
    }

    private func send(_ request: URLRequest, headers: [String: String]) throws -> Answer {
        try begin(request, headers: headers)()
    }

    /// Sends a GET and returns at once; the closure waits for its answer.
    func beginGet(_ pathAndQuery: String) -> () throws -> Answer {
        begin(URLRequest(url: URL(string: pathAndQuery, relativeTo: base)!), headers: [:])
    }

    private func begin(_ request: URLRequest, headers: [String: String]) -> () throws -> Answer {
        var request = request
        request.timeoutInterval = 120
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let done = DispatchSemaphore(value: 0)
        let answer = AnswerBox()
        session.dataTask(with: request) { data, response, error in
            if let error { answer.result = .failure(error) }
            else if let response = response as? HTTPURLResponse {
                let fields = Dictionary(response.allHeaderFields.map { ("\($0.key)".lowercased(), "\($0.value)") }) { first, _ in first }
                answer.result = .success(Answer(status: response.statusCode, headers: fields, body: data ?? Data()))
            }
            done.signal()
        }.resume()
        return {
            done.wait()
            return try answer.result.get()
        }
    }

    /// Stops it as an operator would and waits: its exit status.
    func stop(_ signal: Int32 = SIGTERM) -> Int32 {
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Written by the session's callback before the semaphore is signalled, read after the wait.
private final class AnswerBox: @unchecked Sendable {
    var result: Result<ServedWorkspace.Answer, any Error> = .failure(ServeFailed(output: "no answer"))
}

struct ServeFailed: Error, CustomStringConvertible {
    var output: String
    var description: String { "audit-serve did not start: \(output)" }
}

private final class NoRedirects: NSObject, URLSessionTaskDelegate {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}

extension String {
    /// The value of the first `name="…"` hidden field of a page.
    func hiddenField(_ name: String) -> String? {
        guard let range = range(of: #"name="\#(name)" value="[^"]*""#, options: .regularExpression) else { return nil }
        let field = self[range]
        return field.range(of: #"value="[^"]*""#, options: .regularExpression).map { String(field[$0].dropFirst(7).dropLast()) }
    }
}
