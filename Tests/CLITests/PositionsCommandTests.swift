import Foundation
import Testing
import TestSupport

/// `tradewatch positions` on a store filled by a real `run --once` over the demo feeds.
@Suite struct PositionsCommandTests {
    @Test func showsBaselineCurrentPositionAndTheAlertsThatMovedIt() async throws {
        let daemon = try await DemoFeedsRun.make()
        let config = daemon.configPath
        let run = try await OffPool.run { try CommandRun.tradewatch(["positions", "--config", config, "--json"]) }
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let board = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rows = try #require(board["positions"] as? [[String: Any]])
        let logged = daemon.logLines().count
        #expect(board["last_alert_id"] as? Int == logged)

        let rareEarth = try #require(rows.first { $0["topic"] as? String == "rare-earth-exports" && $0["actor"] as? String == "China" })
        let baseline = try #require(rareEarth["baseline"] as? [String: Any])
        #expect(baseline["position"] as? String == "cn-rare-earth-controls")
        #expect(rareEarth["moved"] as? Bool == true)
        let current = try #require(rareEarth["current"] as? [String: Any])
        #expect(current["direction"] as? String == "easing")
        let alerts = try #require(rareEarth["alerts"] as? [[String: Any]])
        let magnets = try #require(alerts.first { ($0["title"] as? String ?? "").contains("rare earth magnet") })
        #expect(magnets["direction"] as? String == "easing")
        #expect(magnets["modality"] as? String == "action")
        #expect(magnets["link"] as? String == "https://demo.tradewatch.invalid/wire/rare-earth-magnets")
        #expect((magnets["date"] as? String ?? "").hasPrefix("2026-11-24"))
        #expect(current["alert_id"] as? Int == alerts.filter { $0["moves"] as? Bool == true }.last?["id"] as? Int,
                "the current position is the last firm move's")

        // Every alert in the log appears once, under its own topic and actor.
        let listed = rows.flatMap { row in (row["alerts"] as? [[String: Any]] ?? []).map { $0["id"] as? Int ?? -1 } }
        #expect(listed.sorted() == Array(1...logged))
        let untouched = try #require(rows.first { $0["topic"] as? String == "nuclear" })
        #expect(untouched["moved"] as? Bool == false)
        #expect(untouched["current"] is NSNull)
    }

    @Test func withoutStateSaysSoAndExitsOne() async throws {
        let config = try DaemonProcess(feeds: []).configPath
        let run = try await OffPool.run { try CommandRun.tradewatch(["positions", "--config", config]) }
        #expect(run.status == 1)
        #expect(run.stderr.contains("no state database"), "stderr: \(run.stderr)")
    }
}
