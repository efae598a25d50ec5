import Foundation

/// "Name <email>" as given on the command line.
struct AuthorIdentity: Equatable {
    let name: String
    let email: String

    /// Accepts `Name <email>`: a non-empty name, an email without spaces or angle brackets.
    static func parse(_ text: String) throws -> AuthorIdentity {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") else {
            throw AuditStoreError.badAuthor(text)
        }
        let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        let email = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        let forbidden: Set<Character> = ["<", ">", "\n", "\r"]
        guard !name.isEmpty, !email.isEmpty, !name.contains(where: forbidden.contains),
              !email.contains(where: { forbidden.contains($0) || $0.isWhitespace }) else {
            throw AuditStoreError.badAuthor(text)
        }
        return AuthorIdentity(name: name, email: email)
    }
}
