import Foundation

/// reports/shanwei-zsj/2020-edits.json: the edits reports/build-2020 made to the 2021 text, as
/// the changes a diff from 2020 to 2021 must report.
struct ExpectedEdits: Decodable {
    struct Cell: Decodable, Hashable {
        let table: String
        let side: String?
        let code: String?
        let row: String
        let column: String
        let old: String
        let new: String
    }

    struct Row: Decodable, Hashable {
        let kind: String
        let table: String
        let code: String
    }

    struct Paragraph: Decodable {
        let kind: String
        /// The start of the paragraph's text, blanks removed.
        let prefix: String
        let edits: [Edit]?
    }

    struct Edit: Decodable, Hashable {
        let kind: String
        let old: String?
        let new: String?
        let unit: String?
    }

    struct Figure: Decodable, Hashable {
        let old: String
        let new: String
        let unit: String
    }

    let cells: [Cell]
    let rows: [Row]
    let paragraphs: [Paragraph]
    let figures: [Figure]
    /// Edits of formatting only, which the diff must not report.
    let formatting: [String]

    static func load() throws -> ExpectedEdits {
        let url = SampleVariants.reports.appendingPathComponent("shanwei-zsj/2020-edits.json")
        return try JSONDecoder().decode(ExpectedEdits.self, from: Data(contentsOf: url))
    }
}
