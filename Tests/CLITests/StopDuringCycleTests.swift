import Foundation
import Testing
import TestSupport

/// SIGTERM in the middle of a cycle that a feed keeps open: the daemon stops
/// then, not when the feed answers.
@Suite struct StopDuringCycleTests {
    @Test func sigtermEndsACycleHeldOpenByAFeedThatDoesNotAnswer() async throws {
        let feeds = try ChangingFeeds(count: 1, seed: TestSeed.make("stop during a cycle"))
        defer { feeds.stop() }
        feeds.closeGate()
        let daemon = try DaemonProcess(feeds: feeds.urls, interval: "1s", timeout: "120s")
        try daemon.start()
        #expect(await eventually(timeout: 30) { feeds.waitingAtGate > 0 }, "a cycle waits at the gate")
        daemon.signal(SIGTERM)
        // The gate holds its answer for two minutes; the wait is shorter.
        #expect(await daemon.waitForExit(timeout: 60) == 0, "\(daemon.stderr.suffix(1500))")
        #expect(feeds.waitingAtGate > 0, "the daemon stopped while its cycle still waited")
    }
}
