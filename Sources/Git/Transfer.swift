import CLibgit2
import CLibgit2Init
import Foundation

/// Fetching from and pushing to a remote: explicit refspecs only, no tags, and credentials
/// from the ssh agent (libgit2 runs no credential helper, and nothing is ever stored).
extension Remote {
    /// Downloads what `refspecs` name and updates their destinations; with `prune`, deletes
    /// destination refs whose source the remote no longer has.
    public func fetch(refspecs: [String], prune: Bool) throws {
        try Transport.prepare(for: url)
        var options = git_fetch_options()
        git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION))
        options.prune = prune ? GIT_FETCH_PRUNE : GIT_FETCH_NO_PRUNE
        options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE
        options.update_fetchhead = 0
        let state = TransferState()
        try withExtendedLifetime(state) {
            options.callbacks.credentials = Transport.credentials
            options.callbacks.payload = Unmanaged.passUnretained(state).toOpaque()
            try StringArray.with(refspecs) { specs in
                try GitError.check(git_remote_fetch(pointer, specs, &options, "audit: fetch"), "fetch from \(url)")
            }
        }
    }

    /// Pushes `refspecs`; returns the refs the remote refused, each with its reason (a
    /// refspec without `+` is refused when it is not a fast-forward).
    public func push(refspecs: [String]) throws -> [(reference: String, reason: String)] {
        try Transport.prepare(for: url)
        var options = git_push_options()
        git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION))
        let state = TransferState()
        try withExtendedLifetime(state) {
            options.callbacks.credentials = Transport.credentials
            options.callbacks.push_update_reference = { reference, status, payload in
                guard let reference, let status, let payload else { return 0 }
                Unmanaged<TransferState>.fromOpaque(payload).takeUnretainedValue()
                    .refused.append((String(cString: reference), String(cString: status)))
                return 0
            }
            options.callbacks.payload = Unmanaged.passUnretained(state).toOpaque()
            try StringArray.with(refspecs) { specs in
                try GitError.check(git_remote_push(pointer, specs, &options), "push to \(url)")
            }
        }
        return state.refused
    }
}

/// What the callbacks of one transfer share through libgit2's payload pointer.
private final class TransferState {
    /// The credentials callback is asked again after each refusal; one try from the agent is enough.
    var credentialAttempts = 0
    var refused: [(reference: String, reason: String)] = []
}

private enum Transport {
    /// libgit2 was initialised without the CA bundle (start-up speed, Sources/CLibgit2Init);
    /// the first https transport of the process loads it, from `SSL_CERT_FILE` when set.
    private static let certificates: GitError? = {
        let file = ProcessInfo.processInfo.environment["SSL_CERT_FILE"] ?? "/etc/ssl/certs/ca-certificates.crt"
        let result = audit_git_set_certificate_file(file)
        return result < 0 ? GitError(code: result, operation: "load CA certificates from \(file)") : nil
    }()

    static func prepare(for url: String) throws {
        try Libgit2.ensureInitialised()
        if url.lowercased().hasPrefix("https://"), let failure = certificates { throw failure }
    }

    static let credentials: git_credential_acquire_cb = { credential, _, username, allowed, payload in
        guard let payload else { return GIT_PASSTHROUGH.rawValue }
        let state = Unmanaged<TransferState>.fromOpaque(payload).takeUnretainedValue()
        state.credentialAttempts += 1
        guard state.credentialAttempts == 1, allowed & GIT_CREDENTIAL_SSH_KEY.rawValue != 0 else {
            return GIT_PASSTHROUGH.rawValue
        }
        if let username { return git_credential_ssh_key_from_agent(credential, username) }
        return git_credential_ssh_key_from_agent(credential, sshUserOfHosts)
    }

    /// The ssh user name git hosts expect when the URL names none (`ssh://host/x.git`): an
    /// account name sent to the ssh agent, not a program.
    private static let sshUserOfHosts = "git"
}

/// A `git_strarray` of copies of `strings`, valid while `body` runs.
enum StringArray {
    static func with<T>(_ strings: [String], _ body: (UnsafeMutablePointer<git_strarray>) throws -> T) rethrows -> T {
        var copies: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        return try copies.withUnsafeMutableBufferPointer { buffer in
            var array = git_strarray(strings: buffer.baseAddress, count: buffer.count)
            return try body(&array)
        }
    }
}
