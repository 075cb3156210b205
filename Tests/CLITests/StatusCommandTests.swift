import Foundation
import Testing
import TestSupport

/// `tradewatch status` against a real running daemon: feeds, the failing
/// one with its reason and since when, the last cycle and alert, the other
/// connections, uptime; exit 1 once the daemon is gone.
@Suite(.serialized) struct StatusCommandTests {
    func object(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
    }

    @Test func reportsHealthOfARunningDaemonAndFailsOnceItStops() async throws {
        let feed = try LiveFeedServer(items: [DaemonRunTests.item(0), DaemonRunTests.item(1)])
        let missing = "file:///nonexistent-\(UUID().uuidString)/feed.xml"
        let daemon = try DaemonProcess(feeds: [feed.url, missing])
        try daemon.start()
        defer { daemon.signal(SIGTERM) }
        #expect(await daemon.waitForLog(atLeast: 2, timeout: 20), "\(daemon.stderr)")
        let socket = daemon.folder + "/alerts.sock"
        let subscriber = try UnixLineClient(path: socket)
        _ = subscriber.readLine()

        // Poll until a whole cycle with both feeds is reported.
        var status: [String: Any] = [:]
        var json = ""
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let run = try await CommandRun.tradewatch(["status", "--socket", socket, "--json"])
            #expect(run.status == 0, "\(run.stderr)")
            json = run.stdout
            status = object(json)
            if status["failing"] as? Int == 1, status["last_cycle"] is [String: Any] { break }
            // Sleeps without holding one of the few cooperative threads other suites need.
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(json.split(separator: "\n").count == 1, "one JSON line: \(json)")
        #expect(status["type"] as? String == "status")
        #expect(status["feeds"] as? Int == 2)
        #expect(status["failing"] as? Int == 1, "\(json)")
        #expect(status["subscribers"] as? Int == 1, "the asking connection is not counted: \(json)")
        #expect((status["uptime_seconds"] as? Int ?? -1) >= 0)
        #expect(status["started"] is String)
        let failure = try #require((status["failures"] as? [[String: Any]])?.first)
        #expect(failure["url"] as? String == missing)
        #expect((failure["reason"] as? String ?? "").contains("cannot read"), "\(failure)")
        #expect(failure["since"] is String)
        let cycle = try #require(status["last_cycle"] as? [String: Any])
        #expect(cycle["finished"] is String)
        #expect(cycle["failed"] is Int)
        let lastAlert = try #require(status["last_alert"] as? [String: Any])
        #expect(lastAlert["id"] as? Int == daemon.logLines().count)
        #expect(lastAlert["id"] as? Int == status["last_alert_id"] as? Int)
        #expect(lastAlert["topic"] is String && lastAlert["title"] is String)
        #expect(status["store"] as? String == "sqlite")
        #expect(status["cluster"] is NSNull, "one host: no cluster: \(json)")

        let text = try await CommandRun.tradewatch(["status", "--config", daemon.configPath])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("feeds: 2, 1 failing"), "\(text.stdout)")
        #expect(text.stdout.contains(", 1 subscriber\n"), "\(text.stdout)")
        #expect(text.stdout.contains("last alert: #\(daemon.logLines().count) "), "\(text.stdout)")
        #expect(text.stdout.contains("  \(missing): cannot read"), "\(text.stdout)")
        #expect(text.stdout.contains("last cycle: "), "\(text.stdout)")
        #expect(text.stdout.contains("\nstore: sqlite\n"), "\(text.stdout)")

        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 30) == 0)
        let gone = try await CommandRun.tradewatch(["status", "--socket", socket])
        #expect(gone.status == 1)
        #expect(gone.stderr.contains("the daemon is not reachable"), "\(gone.stderr)")
        #expect(gone.stdout.isEmpty)
    }

    @Test func socketAndConfigExcludeEachOther() async throws {
        let run = try await CommandRun.tradewatch(["status", "--socket", "/x.sock", "--config", "/x.toml"])
        #expect(run.status == 2)
    }
}
