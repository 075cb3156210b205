import Config
import Daemon
import Detect
import Foundation
import Logging
import Testing
import TestSupport

/// The daemon's pipeline, slowed down as a large feed would slow it, that
/// notes how many requests the server had answered when each body arrived.
final class SlowPipeline: FeedProcessor, @unchecked Sendable {
    // `served` is guarded by `lock`: process() runs on the runtime actor, the
    // test reads after the cycle.
    private let lock = NSLock()
    private var served: [Int] = []
    private let inner = FeedPipeline(detector: Detector(baseline: Baseline(positions: [])))
    private let server: HTTPTestServer

    init(server: HTTPTestServer) { self.server = server }

    var servedWhenProcessed: [Int] { lock.withLock { served } }

    func process(_ input: FeedInput) throws(FeedProcessingError) -> FeedPlan {
        let count = server.requests.count
        lock.withLock { served.append(count) }
        Thread.sleep(forTimeInterval: 0.03)
        return try inner.process(input)
    }
}

@Suite struct CycleWindowTests {
    /// A fast server must not get ahead of parsing: the bodies of a whole
    /// cycle would wait in memory at once (the 399-feed benchmark's peak RSS).
    @Test func aCycleFetchesNoFurtherAheadThanItsConcurrency() async throws {
        let server = try HTTPTestServer { request in
            .ok("<rss version=\"2.0\"><channel><title>t</title><item><guid>\(request.path)</guid>"
                + "<title>item of \(request.path)</title></item></channel></rss>")
        }
        defer { server.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-window-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var config = DaemonConfig(path: folder.appendingPathComponent("tradewatch.toml").path)
        config.stateDir = folder.appendingPathComponent("state").path
        config.log = folder.appendingPathComponent("alerts.jsonl").path
        config.concurrency = 2
        config.feeds = (0..<12).map { FeedConfig(url: server.url("/feed\($0).xml")) }
        let pipeline = SlowPipeline(server: server)
        let runtime = try DaemonRuntime(config: config, processor: pipeline, logger: Logger(label: "test"))
        try await runtime.start()

        let report = await runtime.runCycle(config.feeds)

        #expect(report.fetched == 12, "\(report.failed)")
        #expect(server.requests.count == 12)
        let served = pipeline.servedWhenProcessed
        #expect(served.count == 12)
        // When body k is processed, k bodies were taken before it and at most
        // `concurrency` more transfers were started since.
        for (k, count) in served.enumerated() {
            #expect(count <= k + 1 + config.concurrency, "body \(k) arrived with \(count) requests answered")
        }
    }
}
