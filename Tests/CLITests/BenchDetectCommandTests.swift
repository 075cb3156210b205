import Foundation
import Testing
import TestSupport

/// A smoke run of the detection benchmark (`make bench` runs it over the
/// whole corpus): it must time every item of every feed, and count what is
/// not a feed instead of failing.
@Suite struct BenchDetectCommandTests {
    let root = TradewatchBinary.repoRoot()

    var demoFeeds: [String] {
        get throws {
            let folder = root.appendingPathComponent("config/demo-feeds")
            return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                .map { folder.appendingPathComponent($0).path }
        }
    }

    var baseline: String { root.appendingPathComponent("seeds/baseline.toml").path }

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func timesEveryItemOfEveryFeed() async throws {
        let feeds = try demoFeeds
        var expected = 0
        for feed in feeds {
            let parsed = try await CommandRun.tradewatch(["parse", feed])
            #expect(parsed.status == 0, "\(parsed.stderr)")
            expected += try (json(parsed.stdout)["items"] as? [Any])?.count ?? -1
        }
        let run = try await CommandRun.tradewatch(["bench-detect", "--baseline", baseline, "--rounds", "2"] + feeds)
        #expect(run.status == 0, "\(run.stderr)")
        let result = try json(run.stdout)
        #expect(result["files"] as? Int == feeds.count)
        #expect(result["errors"] as? Int == 0)
        #expect(result["items"] as? Int == expected)
        // The demo feeds carry moves of the baseline: the detector really ran.
        #expect((result["alerts"] as? Int ?? 0) > 0)
        #expect((result["items_per_s"] as? Double ?? 0) > 0)
        #expect((result["seconds"] as? Double ?? 0) > 0)
    }

    @Test func countsFilesThatAreNotFeeds() async throws {
        let junk = FileManager.default.temporaryDirectory.appendingPathComponent("tw-junk-\(UUID().uuidString).txt").path
        try "not a feed at all".write(toFile: junk, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: junk) }
        let run = try await CommandRun.tradewatch(["bench-detect", "--baseline", baseline, "--rounds", "1",
                                             try demoFeeds[0], junk])
        #expect(run.status == 0, "\(run.stderr)")
        let result = try json(run.stdout)
        #expect(result["files"] as? Int == 2)
        #expect(result["errors"] as? Int == 1)
    }

    @Test func zeroRoundsIsAUsageError() async throws {
        let run = try await CommandRun.tradewatch(["bench-detect", "--rounds", "0", try demoFeeds[0]])
        #expect(run.status == 2)
    }
}
