import Foundation
import XCTest

/// Debian's chromium, headless, as the judge of an HTML page: what a real browser makes of
/// it (`--dump-dom`), how it looks (a screenshot) and how it prints (a PDF). Each call has a
/// profile directory of its own, so tests running side by side do not share one.
public struct HeadlessChromium {
    public let scratch: URL

    /// The browser, or a skip naming what is missing where it is not installed.
    public init(scratch: URL) throws {
        guard try ExternalCommand.run(["sh", "-c", "command -v chromium"]).status == 0 else {
            throw XCTSkip("chromium is not installed (scripts/install-deps installs Debian's chromium): the page was not checked in a browser")
        }
        self.scratch = scratch
    }

    /// The DOM after the page loaded and its scripts ran (at most `budget` ms of virtual time).
    public func dumpDOM(_ page: URL, budget: Int = 3000) throws -> String {
        try run(["--virtual-time-budget=\(budget)", "--dump-dom", page.absoluteString]).output
    }

    /// What `script` found in a copy of `page`: the script writes its findings as JSON into a
    /// `<script type="application/json" id="probe">` element, which the dumped DOM carries out.
    public func probe(_ page: URL, with script: URL) throws -> Data {
        let code = try String(contentsOf: script, encoding: .utf8)
        let html = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "</body>", with: "<script>\(code)</script></body>")
        let copy = scratch.appendingPathComponent("probed-\(UUID().uuidString)-\(page.lastPathComponent)")
        try Data(html.utf8).write(to: copy)
        let dom = try dumpDOM(copy)
        let start = try XCTUnwrap(dom.range(of: "<script type=\"application/json\" id=\"probe\">", options: .backwards), "the probe did not run: \(dom.suffix(500))")
        let end = try XCTUnwrap(dom.range(of: "</script>", range: start.upperBound..<dom.endIndex))
        return Data(dom[start.upperBound..<end.lowerBound].utf8)
    }

    /// A PNG of the top of the page in a window `width` × `height` CSS pixels.
    public func screenshot(_ page: URL, to file: URL, width: Int = 1000, height: Int = 1400) throws {
        try run(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(file.path)", page.absoluteString])
    }

    /// The page printed to PDF as its print CSS lays it out, without the browser's header and footer.
    public func printToPDF(_ page: URL, to file: URL) throws {
        try run(["--no-pdf-header-footer", "--print-to-pdf=\(file.path)", page.absoluteString])
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> ExternalCommand {
        let profile = scratch.appendingPathComponent("chromium-\(UUID().uuidString)")
        // --no-sandbox: CI runs as root, where chromium's sandbox refuses to start.
        let result = try ExternalCommand.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)"] + arguments,
            mergingErrors: false
        )
        try? FileManager.default.removeItem(at: profile)
        guard result.status == 0 else { throw ChromiumFailed(arguments: arguments, status: result.status) }
        return result
    }
}

public struct ChromiumFailed: Error, CustomStringConvertible {
    let arguments: [String]
    let status: Int32
    public var description: String { "chromium \(arguments.joined(separator: " ")) exited with \(status)" }
}
