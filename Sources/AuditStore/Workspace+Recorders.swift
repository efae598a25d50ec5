import Foundation

/// `audit commit` returns once its revision is stored and leaves the findings to a detached
/// recorder (a forked child). The recorder's lease is a shared `flock` on a file of the store,
/// taken before the revision is published and inherited across the fork, so from the moment
/// the revision can be read until its record is written (or the recorder dies, when the kernel
/// releases it) the lease is held. A reader that waits for the file exclusively therefore never
/// sees a revision whose record is still being computed.
extension Workspace {
    /// How long a reader waits for recorders before computing what is missing itself: far above
    /// a commit's checks, which `WorkBudget.commit` bounds, so only a wedged recorder is given up on.
    public static let recorderWait: TimeInterval = 120

    /// A lease held for as long as the returned value, and its forked copies, live.
    public func recordingLease() throws -> AnyObject {
        try WorkspaceLock.acquire(in: storeDirectory, named: WorkspaceLock.recordingFileName, shared: true, timeout: lockTimeout)
    }

    /// Returns once no recorder holds a lease (at most `recorderWait` seconds); a store made
    /// before recorders existed has no lease file and returns at once.
    public func awaitRecorders() {
        let path = storeDirectory.appendingPathComponent(WorkspaceLock.recordingFileName).path
        guard FileManager.default.fileExists(atPath: path) else { return }
        _ = try? WorkspaceLock.acquire(in: storeDirectory, named: WorkspaceLock.recordingFileName, timeout: Self.recorderWait)
    }
}
