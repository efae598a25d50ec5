import Foundation
import TestSupport
import XCTest

/// Start-up skips the CA certificates (Sources/CLibgit2Init); an https remote must load them.
/// Judged against a TLS server of Python's on localhost whose self-signed certificate is the
/// only one in `SSL_CERT_FILE`: with it the handshake passes and the server's 404 is what
/// fails; with the system bundle the certificate is untrusted. Either way one line, exit 2.
final class HTTPSCertificateTests: SyncTestCase {
    func testTheFirstHTTPSTransportLoadsTheCertificates() throws {
        let certificate = root.appendingPathComponent("cert.pem")
        let key = root.appendingPathComponent("key.pem")
        let made = try ExternalCommand.run([
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.path, "-out", certificate.path,
            "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
        ])
        XCTAssertEqual(made.status, 0, made.output)
        let port = try GitDaemon.freePort()
        let server = try startServer(port: port, certificate: certificate, key: key)
        defer { server.terminate(); server.waitUntilExit() }

        try audit("ann", ["init"], as: ann)
        try audit("ann", ["remote", "add", "tls", "https://localhost:\(port)/remote.git"], as: ann)
        let trusted = try AuditBinary.run(
            ["pull", "tls", "--workspace", workspace("ann").path], environment: ["SSL_CERT_FILE": certificate.path], in: root, scratch: root
        )
        XCTAssertEqual(trusted.status, 2)
        XCTAssertEqual(trusted.stderr, "audit: cannot reach remote 'tls' (https://localhost:\(port)/remote.git): unexpected http status code: 404\n")
        let untrusted = try audit("ann", ["pull", "tls"], as: ann, expect: 2)
        XCTAssertEqual(untrusted.stderrLines.count, 1, untrusted.stderr)
        XCTAssertTrue(untrusted.stderr.contains("the SSL certificate is invalid") && untrusted.stderr.contains("not correctly signed by the trusted CA"), untrusted.stderr)
    }

    private func startServer(port: UInt16, certificate: URL, key: URL) throws -> Process {
        let script = """
            import http.server, ssl, sys
            class NotFound(http.server.BaseHTTPRequestHandler):
                def do_GET(self):
                    self.send_response(404)
                    self.end_headers()
                def log_message(self, *arguments):
                    pass
            server = http.server.HTTPServer(("127.0.0.1", \(port)), NotFound)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(sys.argv[1], sys.argv[2])
            server.socket = context.wrap_socket(server.socket, server_side=True)
            server.serve_forever()
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, certificate.path, key.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while !GitDaemon.accepts(port), Date() < deadline { usleep(50_000) }
        return process
    }
}
