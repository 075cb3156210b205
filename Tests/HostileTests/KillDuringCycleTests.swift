import Foundation
import Testing
import TestSupport

/// kill -9 in the middle of cycles over many feeds, again and again: every
/// alert reaches the log exactly once, whatever was half done.
@Suite(.serialized) struct KillDuringCycleTests {
    @Test func killedManyTimesMidCycleLogsEveryFeedsAlertExactlyOnce() throws {
        let feedCount = 200
        let server = try HTTPTestServer(keepAlive: true) { request in
            // A little latency so a cycle is long enough to be killed inside.
            usleep(UInt32.random(in: 0...20_000))
            return .ok(GoodFeed.rss(tag: "kill\(request.path.dropFirst())"))
        }
        let feeds = (0..<feedCount).map { server.url("/\($0)") }
        let daemon = try DaemonProcess(feeds: feeds, extra: "concurrency = 8")
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            try daemon.start()
            usleep(UInt32.random(in: 200_000...1_200_000, using: &rng))
            daemon.signal(SIGKILL)
            _ = daemon.waitForExit(timeout: 5)
        }
        let interrupted = daemon.logLines().count
        try daemon.start(arguments: ["--once"])
        #expect(daemon.waitForExit(timeout: 60) == 0, "\(daemon.stderr.suffix(1500))")

        let records = GoodFeed.records(daemon.logLines().joined(separator: "\n"))
        #expect(records.count == daemon.logLines().count, "no torn or invalid line")
        let ids = records.compactMap { $0["id"] as? Int }
        #expect(ids == ids.sorted() && Set(ids).count == ids.count, "ids strictly increase")
        let logged = GoodFeed.feeds(records)
        #expect(logged.count == feedCount && Set(logged) == Set(feeds),
                "each feed's one alert exactly once: \(logged.count) lines for \(Set(logged).count) feeds")
        print("kill -9 x20 mid-cycle over \(feedCount) feeds: \(interrupted) alerts logged before the last run, \(logged.count) after")
    }
}
