import Dispatch

/// Runs blocking store work (libgit2, poppler, the engine's children) on a dispatch thread, so
/// it never occupies one of the few threads Swift concurrency and NIO serve requests on.
func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(with: Result { try work() })
        }
    }
}
