import Foundation

/// The git commit message of a revision, readable in `git log` on any clone of the store:
/// a subject naming version and revision, the user's further lines, then facts about the source.
enum CommitMessage {
    static func text(version: String, number: Int, message: String, source: SourceFile) -> String {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        let subject = "\(version) revision \(number): \(lines.first ?? "")"
        let details = lines.dropFirst().joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let facts = """
            Source: \(source.name)
            Encoding: \(source.decoded.encoding.rawValue)
            Size: \(source.bytes.count) bytes
            Lines: \(source.decoded.lineCount)
            """ + (source.decoded.pdf.map { "\nPages: \($0.pageCount)" } ?? "")
        return ([subject, details, facts].filter { !$0.isEmpty }).joined(separator: "\n\n") + "\n"
    }

    static func defaultMessage(for source: SourceFile) -> String {
        "store \(source.name)"
    }
}
