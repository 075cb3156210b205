import Config
import Daemon
import Detect
import Foundation
import Logging
import Publish
import Store
import Testing
import TestSupport

/// A read of the state database that fails on the exactly-once path (the
/// feed's record, its seen items, the recent moves) fails that feed for the
/// cycle, says why, and is retried: nothing alerts twice, nothing is skipped.
@Suite struct StoreFaultTests {
    @Test(arguments: [StoreFaults.Operation.feed, .seenItems, .recentMoves])
    func aFailedStoreReadFailsTheFeedForTheCycleAndTheRetryAlertsOnce(failing operation: StoreFaults.Operation) async throws {
        let feed = try LiveFeedServer(items: [ChangingFeeds.item(0)])
        defer { feed.stop() }
        let (config, folder) = DaemonConfig.inTemporaryFolder("faults", feeds: [feed.url])
        defer { try? FileManager.default.removeItem(at: folder) }
        let baseline = try BaselineFile.load(path: TradewatchBinary.repoRoot().appendingPathComponent("seeds/baseline.toml").path)
        let faults = StoreFaults()
        let runtime = try DaemonRuntime(config: config, processor: FeedPipeline(detector: Detector(baseline: baseline)),
                                        logger: Logger(label: "test"), storeFaults: faults)
        try await runtime.start()
        let first = await runtime.runCycle(config.feeds)
        #expect(first.failed.isEmpty && first.alerts == 1, "\(first)")

        feed.add(ChangingFeeds.item(1))
        faults.fail(operation)
        let failing = await runtime.runCycle(config.feeds)
        let reason = try #require(failing.failed[feed.url], "the feed fails while its \(operation) cannot be read")
        #expect(reason.contains("state database") && reason.contains("injected"), "\(reason)")
        #expect(failing.alerts == 0)
        let status = await runtime.statusReport()
        #expect(status.failures.map(\.url) == [feed.url])
        #expect(status.failures.first?.reason == reason)
        let line = await runtime.statusLine()
        #expect(line.contains("1 failing") && line.contains("1 store error"), "\(line)")

        faults.heal(operation)
        let retried = await runtime.runCycle(config.feeds)
        #expect(retried.failed.isEmpty, "\(retried.failed)")
        #expect(retried.alerts == 1, "the new item alerts once, the old one not again")
        let again = await runtime.runCycle(config.feeds)
        #expect(again.alerts == 0)

        let logged = try String(contentsOf: URL(fileURLWithPath: config.log), encoding: .utf8)
            .split(separator: "\n").compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(logged.compactMap { $0["id"] as? Int } == [1, 2])
        #expect(logged.compactMap { ($0["item"] as? [String: Any])?["id"] as? String } == ["item-0", "item-1"])
        #expect(await runtime.statusReport().failures.isEmpty)
    }
}
