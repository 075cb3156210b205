import Foundation
import Testing
import TestSupport

/// kill -9 in the middle of cycles over many feeds, again and again: every
/// alert reaches the log exactly once, whatever was half done.
@Suite(.serialized) struct KillDuringCycleTests {
    @Test func killedManyTimesMidCycleLogsEveryFeedsAlertExactlyOnce() async throws {
        let feedCount = 200
        let seed = TestSeed.make("kill -9 mid-cycle")
        let latency = Locked(SeededGenerator(state: seed ^ 0x5EED))
        let server = try HTTPTestServer(keepAlive: true) { request in
            // A little latency so a cycle is long enough to be killed inside
            // (on the server's connection thread).
            Thread.sleep(forTimeInterval: latency.withLock { Double.random(in: 0...0.02, using: &$0) })
            return .ok(GoodFeed.rss(tag: "kill\(request.path.dropFirst())"))
        }
        let feeds = (0..<feedCount).map { server.url("/\($0)") }
        let daemon = try DaemonProcess(feeds: feeds, extra: "concurrency = 8")
        var rng = SeededGenerator(state: seed)
        for _ in 0..<20 {
            try daemon.start()
            try await Task.sleep(for: .milliseconds(Int.random(in: 200...1200, using: &rng)))
            daemon.signal(SIGKILL)
            _ = await daemon.waitForExit(timeout: 30)
        }
        let interrupted = daemon.logLines().count
        try daemon.start(arguments: ["--once"])
        #expect(await daemon.waitForExit(timeout: 60) == 0, "\(daemon.stderr.suffix(1500))")

        let records = GoodFeed.records(daemon.logLines().joined(separator: "\n"))
        #expect(records.count == daemon.logLines().count, "no torn or invalid line; seed \(seed)")
        let ids = records.compactMap { $0["id"] as? Int }
        #expect(ids == ids.sorted() && Set(ids).count == ids.count, "ids strictly increase; seed \(seed)")
        let logged = GoodFeed.feeds(records)
        #expect(logged.count == feedCount && Set(logged) == Set(feeds),
                "each feed's one alert exactly once: \(logged.count) lines for \(Set(logged).count) feeds; seed \(seed)")
        print("kill -9 x20 mid-cycle over \(feedCount) feeds: \(interrupted) alerts logged before the last run, \(logged.count) after")
    }
}
