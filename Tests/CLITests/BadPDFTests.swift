import Foundation
import TestSupport
import XCTest

/// PDFs that cannot be stored: one line on stderr, exit status 2, the workspace byte for byte
/// as it was (BadInputTests.assertRejected compares it before and after).
extension BadInputTests {
    private func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/pdf/\(name)"))
    }

    private func rejectPDF(_ bytes: Data, named name: String, _ reason: String, line: UInt = #line) throws {
        try writeFile(bytes, named: name, in: root)
        try assertRejected(["commit", "2024", name], message: "cannot store PDF \(name): \(reason)", line: line)
    }

    func testEncryptedPDF() throws {
        try rejectPDF(try fixture("encrypted.pdf"), named: "encrypted.pdf", "it is encrypted and needs a password; commit a copy saved without one")
    }

    func testDamagedPDF() throws {
        try rejectPDF(try fixture("damaged.pdf"), named: "damaged.pdf", "it is damaged: Failed to read the document catalog")
    }

    func testTruncatedPDFs() throws {
        let reason = "it is truncated or damaged: it does not end with %%EOF"
        let text = try fixture("text.pdf")
        try rejectPDF(text.prefix(text.count / 2), named: "half.pdf", reason)
        let putuo = try Data(contentsOf: packageRoot.appendingPathComponent("reports/shanghai-putuo/template-2024.pdf"))
        try rejectPDF(putuo.prefix(putuo.count - 2000), named: "cut.pdf", reason)
    }

    func testScannedPDFsNeedOCRFirst() throws {
        try rejectPDF(try fixture("scanned.pdf"), named: "scanned.pdf", "none of its 3 pages has text (scanned?); it needs OCR first")
        try rejectPDF(try fixture("mixed-scan.pdf"), named: "mixed.pdf", "page 2 of 3 shows only images, no text (scanned?); it needs OCR first")
    }

    func testPDFWithoutPages() throws {
        try rejectPDF(GeneratedPDF.document(pages: []), named: "none.pdf", "it has no pages")
    }

    func testPDFOverSixtyFourMiB() throws {
        try assertOverSixtyFourMiBRejected(named: "huge.pdf", start: Data("%PDF-1.7\n".utf8))
    }
}
