import Foundation
import ReportModel

/// Test inputs that do not depend on the parser.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sarifSchema = directory.appendingPathComponent("sarif-schema-2.1.0.json")
    static let sampleReport = repositoryRoot.appendingPathComponent("reports/shanwei-zsj/2021.txt")

    static func report(paragraphs count: Int) -> Report {
        let paragraphs = (0..<count).map { index in
            Paragraph(index: index, text: "段落 \(index)", section: nil, span: SourceSpan(startLine: index + 1, startColumn: 1, endLine: index + 1, endColumn: 5), pieces: [])
        }
        return Report(lineCount: count, sections: [], paragraphs: paragraphs, tables: [], figures: [])
    }
}
