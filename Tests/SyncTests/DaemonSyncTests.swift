import Foundation
import TestSupport
import XCTest

/// The same season over `git://` to a `git daemon` on 127.0.0.1 that the test starts and stops.
final class DaemonSyncTests: SyncTestCase {
    private var daemon: GitDaemon!

    override func setUpWithError() throws {
        try super.setUpWithError()
        daemon = try GitDaemon(serving: root)
    }

    override func tearDown() {
        daemon?.stop()
        super.tearDown()
    }

    func testAnnPushesFirstOverGitDaemon() throws {
        try runTeamScenario(url: daemon.url("remote.git"), annPushesFirst: true)
    }

    func testBobPushesFirstOverGitDaemon() throws {
        try runTeamScenario(url: daemon.url("remote.git"), annPushesFirst: false)
    }
}
