import Config
import Daemon
import Detect
import Foundation
import Logging
import Testing
import TestSupport

@Suite struct BrokenFeedTests {
    /// A body that is not a feed keeps its validators: the next poll is a
    /// conditional GET (a 304, nothing parsed) and the feed stays failing
    /// until the server sends something else.
    @Test func anUnchangedBrokenFeedIsAskedConditionallyAndStaysFailing() async throws {
        let served = Locked((etag: "\"v1\"", body: "this is not a feed"))
        let server = try HTTPTestServer { request in
            let now = served.current
            if request.header("If-None-Match") == now.etag { return .status(304, headers: [("ETag", now.etag)]) }
            return .ok(now.body, headers: [("ETag", now.etag)])
        }
        defer { server.stop() }
        let url = server.url("/feed.xml")
        let (config, folder) = DaemonConfig.inTemporaryFolder("broken", feeds: [url])
        defer { try? FileManager.default.removeItem(at: folder) }
        let runtime = try DaemonRuntime(config: config,
                                        processor: FeedPipeline(detector: Detector(baseline: Baseline(positions: []))),
                                        logger: Logger(label: "test"))
        try await runtime.start()

        let first = await runtime.runCycle(config.feeds)
        let reason = try #require(first.failed[url])

        let second = await runtime.runCycle(config.feeds)
        #expect(server.requests.last?.header("If-None-Match") == "\"v1\"")
        #expect(second.failed[url] == reason)
        #expect(second.notModified == 0)
        #expect(await runtime.feedHealth().first?.failures == 2)

        served.withLock { $0 = (etag: "\"v2\"", body: "<rss version=\"2.0\"><channel><title>t</title><item>"
                                    + "<guid>a</guid><title>fixed</title></item></channel></rss>") }
        let third = await runtime.runCycle(config.feeds)
        #expect(third.failed.isEmpty, "\(third.failed)")
        #expect(third.fetched == 1)
        #expect(await runtime.feedHealth().first?.failures == 0)

        let fourth = await runtime.runCycle(config.feeds)
        #expect(fourth.notModified == 1)
        #expect(fourth.failed.isEmpty)
    }
}
