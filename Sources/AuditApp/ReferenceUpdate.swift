import Git

/// One local ref to move by compare-and-swap from what it held when the merge read it.
struct ReferenceUpdate {
    let name: String
    let from: OID?
    let to: OID

    /// Applies every update or none: after a failed compare-and-swap (a writer outside the
    /// lock, such as `git push` into the store) the ones already made are moved back.
    static func applyAll(_ updates: [ReferenceUpdate], in repository: Repository, logMessage: String) throws {
        var applied: [ReferenceUpdate] = []
        do {
            for update in updates {
                try update.apply(in: repository, logMessage: logMessage)
                applied.append(update)
            }
        } catch {
            for update in applied.reversed() {
                if let from = update.from {
                    try? repository.updateReference(update.name, target: from, expected: update.to, logMessage: logMessage + " (undone)")
                } else {
                    try? repository.deleteReference(update.name)
                }
            }
            throw error
        }
    }

    private func apply(in repository: Repository, logMessage: String) throws {
        if let from {
            try repository.updateReference(name, target: to, expected: from, logMessage: logMessage)
        } else {
            try repository.createReference(name, target: to, logMessage: logMessage)
        }
    }
}
