import Config
import Daemon
import Detect
import Foundation
import Logging
import Testing
import TestSupport

/// The moves a new alert may repeat are read once per cycle and kept up to
/// date with the cycle's own commits: a story committed from one feed is a
/// repeat on the next, in the same cycle and in later ones.
@Suite struct RepeatWindowTests {
    @Test func aStoryFromASecondFeedIsARepeatInTheSameCycleAndTheNext() async throws {
        let story = ChangingFeeds.moves[0]
        func feed(_ guid: String) throws -> LiveFeedServer {
            try LiveFeedServer(items: [LiveFeedServer.Item(guid: guid, title: story.0, description: story.1)])
        }
        let first = try feed("a-1"), second = try feed("b-1"), third = try feed("c-1")
        defer { first.stop(); second.stop(); third.stop() }
        let (config, folder) = DaemonConfig.inTemporaryFolder("repeats", feeds: [first.url, second.url, third.url])
        defer { try? FileManager.default.removeItem(at: folder) }
        let baseline = try BaselineFile.load(path: TradewatchBinary.repoRoot().appendingPathComponent("seeds/baseline.toml").path)
        let runtime = try DaemonRuntime(config: config, processor: FeedPipeline(detector: Detector(baseline: baseline)),
                                        logger: Logger(label: "test"))
        try await runtime.start()

        let together = await runtime.runCycle(Array(config.feeds.prefix(2)))
        #expect(together.alerts == 2, "\(together)")
        let later = await runtime.runCycle([config.feeds[2]])
        #expect(later.alerts == 1, "\(later)")

        let records = try String(contentsOf: URL(fileURLWithPath: config.log), encoding: .utf8)
            .split(separator: "\n").compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        try #require(records.count == 3)
        #expect(records[0]["repeat_of"] is NSNull || records[0]["repeat_of"] == nil)
        #expect(records[1]["repeat_of"] as? Int == 1, "same cycle: \(records[1])")
        #expect([1, 2].contains(records[2]["repeat_of"] as? Int ?? 0), "next cycle: \(records[2])")
    }
}
