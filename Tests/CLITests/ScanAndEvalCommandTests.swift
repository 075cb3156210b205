import Foundation
import Testing
import TestSupport

/// `tradewatch scan` and `tradewatch eval` through the binary.
@Suite struct ScanAndEvalCommandTests {
    let root = TradewatchBinary.repoRoot()

    @Test func scanPrintsAlertRecordsAndNamesAFailingFeedButRunsTheOthers() async throws {
        let good = root.appendingPathComponent("config/demo-feeds/trade-wire.xml").path
        let run = try await CommandRun.tradewatch(["scan", "--baseline", root.appendingPathComponent("seeds/baseline.toml").path,
                                             "/nonexistent/feed.xml", good])
        #expect(run.status == 1)
        #expect(run.stderr.contains("tradewatch: /nonexistent/feed.xml: cannot read"))
        let records = run.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(records.count >= 2)
        #expect(records.map { $0["id"] as? Int } == Array(1...records.count).map { $0 })
        for record in records {
            for key in ["id", "time", "kind", "severity", "topic", "actor", "direction", "modality", "baseline", "item",
                        "evidence", "matched"] {
                #expect(record[key] != nil, "missing \(key)")
            }
            #expect((record["item"] as? [String: Any])?["feed"] as? String == good)
        }
        #expect(records.contains { $0["topic"] as? String == "tech-controls" && $0["direction"] as? String == "tightening" })
        #expect(!records.contains { ($0["item"] as? [String: Any])?["id"] as? String == "demo-wire-0004" },
                "EU tariffs on Canadian steel are not a US-China move")
    }

    @Test func scanTimeoutStopsASlowFeed() async throws {
        let slow = try HTTPTestServer { _ in
            HTTPTestResponse(status: 200, body: .drip(Array(repeating: 0x20, count: 50), interval: .seconds(1)))
        }
        let started = Date()
        let run = try await CommandRun.tradewatch(["scan", "--timeout", "1", slow.url("/slow.xml")])
        #expect(run.status == 1)
        #expect(run.stderr.contains("timed out"))
        // Ended by the timeout: the drip alone lasts 50 s.
        #expect(Date().timeIntervalSince(started) < 40)
    }

    @Test func evalScoresTheDevSet() async throws {
        let labels = root.deletingLastPathComponent().appendingPathComponent("shared/eval/dev.jsonl").path
        try #require(FileManager.default.fileExists(atPath: labels), "../shared/eval is beside the repository")
        let run = try await CommandRun.tradewatch(["eval", labels, "--repeat", "1", "--baseline", root.appendingPathComponent("seeds/baseline.toml").path])
        #expect(run.status == 0, "\(run.stderr)")
        let line = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("precision") })
        let numbers = line.split(separator: " ").compactMap { Double($0) }
        #expect(numbers.count == 4, "precision, recall, F1, reversals")
        #expect(numbers[0] >= 0.9, "precision")
        #expect(numbers[1] >= 0.85, "recall")
        #expect(numbers[3] == 0, "no reversed direction")
        // The actor of each hit is checked against its label and counted on a line of its own.
        let actor = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("actor right on") })
        #expect(actor.hasSuffix(")"))
    }

    /// Each set is scored on its own and then together; reversals are counted on every summary line.
    @Test func evalScoresSeveralSetsAndCountsReversals() async throws {
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/eval")
        let sets = ["dev.jsonl", "dev2.jsonl"].map { shared.appendingPathComponent($0).path }
        try #require(sets.allSatisfy { FileManager.default.fileExists(atPath: $0) }, "../shared/eval is beside the repository")
        let run = try await CommandRun.tradewatch(["eval"] + sets + ["--repeat", "1", "--baseline", root.appendingPathComponent("seeds/baseline.toml").path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("== ") }.count == 3)
        #expect(lines.contains("== all 2 sets"))
        #expect(lines.filter { $0.hasPrefix("precision") && $0.contains("reversals") }.count == 3)
    }

    /// The real news the team harvested and labelled (Tests/Labels/news): the parts rules were fitted to.
    /// Floors a little under what the detector reached when they were set (the seven sets together: P 0.957 R 0.822).
    @Test func evalHoldsUpOnHarvestedNews() async throws {
        let dir = root.appendingPathComponent("Tests/Labels/news")
        let sets = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".jsonl") && $0 != "heldout.jsonl" }.sorted().map { dir.appendingPathComponent($0).path }
        try #require(sets.count >= 5)
        let run = try await CommandRun.tradewatch(["eval"] + sets + ["--repeat", "1", "--baseline", root.appendingPathComponent("seeds/baseline.toml").path])
        #expect(run.status == 0, "\(run.stderr)")
        let line = try #require(run.stdout.split(separator: "\n").last { $0.hasPrefix("precision") })
        let numbers = line.split(separator: " ").compactMap { Double($0) }
        #expect(numbers[0] >= 0.93, "precision on real news")
        #expect(numbers[1] >= 0.79, "recall on real news")
        #expect(numbers[3] <= 1, "reversals on real news")
    }

    /// A news-search feed carries the headline and the outlet's name only.
    @Test func headlineOnlyScoresWithoutTheLede() async throws {
        let labels = root.deletingLastPathComponent().appendingPathComponent("shared/eval/dev2.jsonl").path
        try #require(FileManager.default.fileExists(atPath: labels))
        let full = try await CommandRun.tradewatch(["eval", labels, "--repeat", "1", "--json"])
        let short = try await CommandRun.tradewatch(["eval", labels, "--repeat", "1", "--json", "--headline-only"])
        #expect(full.status == 0 && short.status == 0)
        #expect(full.stdout != short.stdout, "the lede changes what is found")
        let lines = short.stdout.split(separator: "\n")
        #expect(lines.count == 1, "one set, one JSON object")
        let line = try #require(lines.first)
        #expect(line.contains("\"reversals\":0"))
        #expect(line.contains("\"items_per_s\""))
    }

    @Test func evalHoldsUpOnTheTeamsOwnHeadlines() async throws {
        let labels = root.appendingPathComponent("Tests/Labels/team-holdout.jsonl").path
        let run = try await CommandRun.tradewatch(["eval", labels, "--repeat", "1", "--baseline", root.appendingPathComponent("seeds/baseline.toml").path])
        #expect(run.status == 0, "\(run.stderr)")
        let line = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("precision") })
        let numbers = line.split(separator: " ").compactMap { Double($0) }
        #expect(numbers[0] >= 0.88, "precision on wording the detector was not written against")
        #expect(numbers[1] >= 0.85, "recall on wording the detector was not written against")
    }

    /// team-holdout-2 was labelled from DESIGN.md before the rules were read;
    /// team-holdout-3 adds wire wording and neutral ledes that mention past moves.
    /// Floors a little under what the detector reached (2: P 1.000 R 1.000; 3: P 0.974 R 0.949).
    @Test(arguments: [("team-holdout-2.jsonl", 0.95), ("team-holdout-3.jsonl", 0.92)])
    func evalHoldsUpOnTheLaterTeamSets(_ name: String, floor: Double) async throws {
        let labels = root.appendingPathComponent("Tests/Labels/\(name)").path
        let run = try await CommandRun.tradewatch(["eval", labels, "--repeat", "1", "--baseline", root.appendingPathComponent("seeds/baseline.toml").path])
        #expect(run.status == 0, "\(run.stderr)")
        let line = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("precision") })
        let numbers = line.split(separator: " ").compactMap { Double($0) }
        #expect(numbers[0] >= floor, "precision on \(name)")
        #expect(numbers[1] >= floor, "recall on \(name)")
    }
}
