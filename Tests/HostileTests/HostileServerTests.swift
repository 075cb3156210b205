import Foundation
import Testing
import TestSupport

/// Servers that misbehave on purpose, fetched in the same `scan` or daemon
/// cycle as a good feed: the good feed still alerts, each bad one is named
/// with its reason, nothing local leaks, time and memory stay bounded.
@Suite(.serialized) struct HostileServerTests {
    @Test func scanAlertsOnTheGoodFeedAndNamesEveryBadOne() async throws {
        let servers = try HostileServers()
        let run = try await MeasuredRun.tradewatch(["scan", "--timeout", "3", servers.good] + servers.bad.map(\.url), limit: 40)
        print("hostile scan over \(servers.bad.count + 1) feeds: " + String(format: "%.2f s %.1f MB", run.seconds, run.peakRSSMB))
        #expect(run.status == 1, "a failed feed makes scan exit 1: \(run)")
        // The drip lasts 100 s and the silent one 30 s: under that, the 3 s timeout ended them.
        #expect(run.seconds < 25 * HostileBounds.scale, "the 3 s timeout bounds the slow ones: \(run)")
        #expect(run.peakRSSMB < HostileBounds.megabytes, "\(run)")
        let feeds = GoodFeed.feeds(GoodFeed.records(run.stdout))
        #expect(feeds.count == 2 && feeds.allSatisfy { $0 == servers.good }, "\(run.stdout)")
        let lines = run.stderr.split(separator: "\n").map(String.init)
        for (url, what) in servers.bad {
            let line = lines.first { $0.hasPrefix("tradewatch: \(url): ") }
            #expect(line != nil, "\(what) is named on stderr: \(run.stderr)")
            print("  \(what): \(line ?? "-")")
        }
        for leak in [servers.marker, "root:x:0:0"] {
            #expect(!run.stdout.contains(leak) && !run.stderr.contains(leak), "a local file leaked")
        }
    }

    @Test func scanTimeoutOptionBoundsADrippingServer() async throws {
        let servers = try HostileServers()
        let drip = try #require(servers.bad.first { $0.what == "one byte a second" }).url
        let run = try await MeasuredRun.tradewatch(["scan", "--timeout", "1.5", drip], limit: 20)
        #expect(run.status == 1, "\(run)")
        // At least the timeout, and ended by it: the drip alone lasts minutes.
        #expect(run.seconds >= 1.4 && run.seconds < 60, "\(run)")
        #expect(run.stderr.contains(drip) && run.stderr.lowercased().contains("time"), "\(run.stderr)")
    }

    @Test func daemonAlertsOnTheGoodFeedAndReportsEveryBadOne() async throws {
        let servers = try HostileServers()
        let notify = try NotifySocket()
        let daemon = try DaemonProcess(feeds: [servers.good] + servers.bad.map(\.url))
        try daemon.start(environment: ["NOTIFY_SOCKET": notify.path])
        #expect(await daemon.waitForLog(atLeast: 2, timeout: 20), "stderr: \(daemon.stderr)")
        let wanted = "STATUS=\(servers.bad.count + 1) feeds, \(servers.bad.count) failing"
        #expect(await eventually(timeout: 30) { notify.drain().contains { $0.hasPrefix(wanted) } }, "\(notify.drain())")
        #expect(await daemon.waitForExit(timeout: 0.1) == nil, "still running")

        // The socket's status names every failing feed with its reason.
        let client = try UnixLineClient(path: daemon.folder + "/alerts.sock")
        client.send(#"{"type":"status"}"#)
        let reply = await client.nextLines(until: { $0.contains("\"failures\"") }, timeout: 30)?.last ?? ""
        let status = (try? JSONSerialization.jsonObject(with: Data(reply.utf8)) as? [String: Any]) ?? [:]
        let reasons = Dictionary(((status["failures"] as? [[String: Any]]) ?? []).compactMap { failure in
            (failure["url"] as? String).map { ($0, failure["reason"] as? String ?? "") }
        }, uniquingKeysWith: { a, _ in a })
        for (url, what) in servers.bad {
            #expect(!(reasons[url] ?? "").isEmpty, "status names \(what) with a reason: \(reply)")
        }
        #expect(reasons[servers.good] == nil, "the good feed is not failing")
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 10) == 0, "\(daemon.stderr.suffix(2000))")

        let feeds = GoodFeed.feeds(GoodFeed.records(daemon.logLines().joined(separator: "\n")))
        #expect(feeds.count == 2 && feeds.allSatisfy { $0 == servers.good }, "\(feeds)")
        let failures = daemon.stderr.split(separator: "\n").filter { $0.contains("feed failed") }
        for (url, what) in servers.bad {
            let line = failures.first { $0.contains("feed=\(url) ") && $0.contains("reason=") }
            #expect(line != nil, "\(what) is named with a reason: \(failures)")
            print("  \(what): \(line.map(String.init) ?? "-")")
        }
        let tls = failures.first { $0.contains("feed=https://") }
        #expect(tls?.contains("reason=\"timed out after 5s\"") == true, "the limit that fired, not the 10 s connect one: \(tls ?? "-")")
        let everything = daemon.stderr + daemon.logLines().joined()
        #expect(!everything.contains(servers.marker) && !everything.contains("root:x:0:0"), "a local file leaked")
    }
}
