import Foundation
import TestSupport
import XCTest

final class LocalSyncTests: SyncTestCase {
    func testAnnPushesFirstOverAPath() throws {
        try runTeamScenario(url: remote.path, annPushesFirst: true)
    }

    func testBobPushesFirstOverFileURL() throws {
        try runTeamScenario(url: "file://" + remote.path, annPushesFirst: false)
    }
}
