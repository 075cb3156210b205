import Foundation
import Testing
import TestSupport

/// `tradewatch run` end to end: the built binary on loopback feeds.
@Suite(.serialized) struct DaemonRunTests {
    static let moves = ChangingFeeds.moves

    static func item(_ n: Int) -> LiveFeedServer.Item { ChangingFeeds.item(n) }

    @Test func pollsAlertsLiveUsesConditionalGETAndStopsOnSIGTERM() async throws {
        let feed = try LiveFeedServer(items: [Self.item(0), Self.item(1)])
        let daemon = try DaemonProcess(feeds: [feed.url])
        try daemon.start()
        #expect(await daemon.waitForLog(atLeast: 2, timeout: 20), "stderr: \(daemon.stderr)")
        let initial = daemon.logLines().count

        feed.add(Self.item(2))
        #expect(await daemon.waitForLog(atLeast: initial + 1, timeout: 30), "stderr: \(daemon.stderr)")
        #expect(feed.conditionalRequests > 0, "unchanged polls are conditional GETs")

        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 30) == 0, "SIGTERM exits 0 (deadline 30 s: a loaded 2-core host is slow, not broken); stderr: \(daemon.stderr)")
        let records = daemon.logLines().compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(records.count == daemon.logLines().count, "every line is JSON")
        #expect(records.contains { $0["topic"] as? String == "rare-earth-exports" })
    }

    @Test func killedAtRandomMomentsLosesAndRepeatsNoAlert() async throws {
        let feed = try LiveFeedServer(items: (0..<3).map(Self.item))
        let daemon = try DaemonProcess(feeds: [feed.url])
        let seed = TestSeed.make("kill at random moments")
        let next = Locked(3)
        let adder = Task {
            while !Task.isCancelled {
                let n = next.withLock { n in defer { n += 1 }; return n }
                feed.add(Self.item(n))
                try? await Task.sleep(for: .milliseconds(120))
            }
        }
        var rng = SeededGenerator(state: seed)
        for _ in 0..<10 {
            try daemon.start()
            try await Task.sleep(for: .milliseconds(Int.random(in: 300...1500, using: &rng)))
            daemon.signal(SIGKILL)
            _ = await daemon.waitForExit(timeout: 30)
        }
        adder.cancel()
        await adder.value

        try daemon.start(arguments: ["--once"])
        #expect(await daemon.waitForExit(timeout: 30) == 0, "stderr: \(daemon.stderr)")

        let logged = daemon.logLines()
        var ids: [Int] = []
        var pairs: [String] = []
        for line in logged {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                                      "a torn or invalid line: \(line)")
            ids.append(record["id"] as? Int ?? -1)
            let item = record["item"] as? [String: Any]
            pairs.append("\(item?["id"] as? String ?? "?") \(record["topic"] as? String ?? "?")")
        }
        #expect(ids == ids.sorted() && Set(ids).count == ids.count, "ids strictly increase; seed \(seed)")
        #expect(Set(pairs).count == pairs.count, "no (item, topic) pair is logged twice; seed \(seed)")

        let scan = try await CommandRun.tradewatch(["scan", feed.url])
        #expect(scan.status == 0, "\(scan.stderr)")
        let scanned = Set(scan.stdout.split(separator: "\n").compactMap { line -> String? in
            guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let item = record["item"] as? [String: Any] else { return nil }
            return "\(item["id"] as? String ?? "?") \(record["topic"] as? String ?? "?")"
        })
        #expect(!scanned.isEmpty)
        #expect(scanned.subtracting(pairs).isEmpty, "missing from the log: \(scanned.subtracting(pairs).sorted())")
        #expect(Set(pairs) == scanned)
    }
}

/// The daemon under systemd's eyes: sd_notify states and SIGHUP reloads.
@Suite(.serialized) struct DaemonSystemdTests {
    @Test func notifiesReadyStatusWatchdogReloadingAndStopping() async throws {
        let feed = try LiveFeedServer(items: [DaemonRunTests.item(0)])
        let notify = try NotifySocket()
        let daemon = try DaemonProcess(feeds: [feed.url])
        try daemon.start(environment: ["NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "1000000"])
        #expect(await daemon.waitForLog(atLeast: 1, timeout: 20), "stderr: \(daemon.stderr)")
        #expect(await eventually(timeout: 30) { notify.drain().filter { $0 == "WATCHDOG=1" }.count >= 2 },
                "\(notify.drain())")
        daemon.signal(SIGHUP)
        #expect(await eventually(timeout: 30) {
            notify.drain().firstIndex(of: "RELOADING=1").map { notify.drain()[($0 + 1)...].contains("READY=1") } ?? false
        }, "\(notify.drain())")
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 30) == 0)
        #expect(await eventually(timeout: 60) { notify.drain().last == "STOPPING=1" })
        let messages = notify.drain()
        #expect(messages.first == "READY=1", "\(messages)")
        #expect(messages.contains { $0.hasPrefix("STATUS=1 feeds, 0 failing, last alert #") }, "\(messages)")
        #expect(messages.filter { $0 == "WATCHDOG=1" }.count >= 2, "\(messages)")
        let reloading = try #require(messages.firstIndex(of: "RELOADING=1"), "\(messages)")
        #expect(messages[(reloading + 1)...].contains("READY=1"))
        #expect(messages.last == "STOPPING=1", "\(messages)")
    }

    @Test func sighupTakesFeedsAddedToTheConfig() async throws {
        let first = try LiveFeedServer(items: [DaemonRunTests.item(0)])
        let second = try LiveFeedServer(items: [DaemonRunTests.item(1)])
        let daemon = try DaemonProcess(feeds: [first.url])
        try daemon.start()
        #expect(await daemon.waitForLog(atLeast: 1, timeout: 20), "stderr: \(daemon.stderr)")
        let config = try String(contentsOfFile: daemon.configPath, encoding: .utf8)
        try (config + "[[feed]]\nurl = \"\(second.url)\"\n").write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        #expect(await daemon.waitForLog(atLeast: 2, timeout: 10), "stderr: \(daemon.stderr)")
        #expect(daemon.logLines().last?.contains(second.url) == true)
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 30) == 0)
    }

    @Test func corruptStateIsAClearErrorNotAFreshStart() async throws {
        let daemon = try DaemonProcess(feeds: [])
        try FileManager.default.createDirectory(atPath: daemon.folder + "/state", withIntermediateDirectories: true)
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: daemon.folder + "/state/state.db"))
        try daemon.start(arguments: ["--once"])
        #expect(await daemon.waitForExit(timeout: 10) == 1)
        #expect(daemon.stderr.contains(daemon.folder + "/state/state.db"), "\(daemon.stderr)")
    }
}

/// The daemon's rules for old news, slow feeds and log rotation.
@Suite(.serialized) struct DaemonBehaviourTests {
    @Test func firstContactMarksOldItemsSeenWithoutAlerting() async throws {
        let old = Date().addingTimeInterval(-30 * 86_400)
        var stale = DaemonRunTests.item(0)
        stale.published = old
        let feed = try LiveFeedServer(items: [stale])
        let daemon = try DaemonProcess(feeds: [feed.url])
        try daemon.start(arguments: ["--once"])
        #expect(await daemon.waitForExit(timeout: 30) == 0, "\(daemon.stderr)")
        #expect(daemon.logLines().isEmpty, "a 30-day-old item is old news on first contact")

        feed.add(DaemonRunTests.item(1))
        try daemon.start(arguments: ["--once"])
        #expect(await daemon.waitForExit(timeout: 30) == 0, "\(daemon.stderr)")
        #expect(daemon.logLines().count >= 1, "a fresh item alerts")
        #expect(daemon.logLines().allSatisfy { $0.contains("\"item-1\"") })
    }

    @Test func aFeedLabelledOnlyByItsContentTypeIsReadInThatCharset() async throws {
        // windows-1251 bytes and no encoding declaration: only the header says what they are.
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let privet: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        let body = Array("<rss><channel><title>".utf8) + privet
            + Array("</title><item><guid>cp-1</guid><title>China lifts ban on gallium exports to US (".utf8) + privet
            + Array(")</title><pubDate>\(formatter.string(from: Date()))</pubDate></item></channel></rss>".utf8)
        let server = try HTTPTestServer { _ in
            HTTPTestResponse(status: 200, headers: [("Content-Type", "application/rss+xml; charset=windows-1251")],
                             body: .bytes(body))
        }
        let daemon = try DaemonProcess(feeds: [server.url("/feed.xml")])
        try daemon.start(arguments: ["--once"])
        #expect(await daemon.waitForExit(timeout: 30) == 0, "\(daemon.stderr)")
        let lines = daemon.logLines()
        #expect(!lines.isEmpty, "\(daemon.stderr)")
        #expect(lines.allSatisfy { $0.contains("China lifts ban on gallium exports to US (Привет)") })
    }

    @Test func sigtermDuringASlowFetchDoesNotWaitForIt() async throws {
        let slow = try HTTPTestServer { _ in
            HTTPTestResponse(status: 200, body: .drip(Array(repeating: 0x20, count: 300), interval: .seconds(1)))
        }
        // The fetch would take five minutes and the timeout is longer still:
        // an exit before either is SIGTERM not waiting for it.
        let daemon = try DaemonProcess(feeds: [slow.url("/slow.xml")], timeout: "600s")
        try daemon.start()
        #expect(await eventually(timeout: 30) { !slow.requests.isEmpty }, "the fetch started")
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 120) == 0, "\(daemon.stderr)")
    }

    @Test func sighupReopensTheLogAfterRotationWithoutRepeatingAlerts() async throws {
        let feed = try LiveFeedServer(items: [DaemonRunTests.item(0)])
        let daemon = try DaemonProcess(feeds: [feed.url])
        try daemon.start()
        #expect(await daemon.waitForLog(atLeast: 1, timeout: 20), "\(daemon.stderr)")
        let before = daemon.logLines()
        try FileManager.default.moveItem(atPath: daemon.logPath, toPath: daemon.logPath + ".1")
        daemon.signal(SIGHUP)
        #expect(await eventually(timeout: 30) { FileManager.default.fileExists(atPath: daemon.logPath) },
                "SIGHUP reopens the log")
        feed.add(DaemonRunTests.item(3))
        #expect(await daemon.waitForLog(atLeast: 1, timeout: 10), "\(daemon.stderr)")
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 30) == 0)
        let after = daemon.logLines()
        #expect(after.allSatisfy { $0.contains("\"item-3\"") }, "the new log holds only the new alerts")
        let mode = try FileManager.default.attributesOfItem(atPath: daemon.logPath)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(!before.isEmpty)
    }
}

@Suite struct AlertsFollowTests {
    @Test func followPrintsLinesAppendedLater() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tw-follow-\(UUID().uuidString).jsonl").path
        try "{\"id\":1,\"time\":\"2026-11-24T10:15:02Z\",\"topic\":\"tariffs\"}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: TradewatchBinary.path)
        p.arguments = ["alerts", "--log", path, "--follow", "--json"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        defer { p.terminate() }
        let got = Locked(Data())
        let reader = Thread {
            while true {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                got.withLock { $0.append(chunk) }
            }
        }
        reader.start()
        func lineCount() -> Int { String(decoding: got.current, as: UTF8.self).split(separator: "\n").count }
        // The first line printed: the reader is at the end of the file, following.
        #expect(await eventually(timeout: 30) { lineCount() >= 1 })
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"id\":2,\"time\":\"2026-11-24T10:16:02Z\",\"topic\":\"talks\"}\n".utf8))
        try handle.close()
        #expect(await eventually(timeout: 30) { lineCount() >= 2 })
        let lines = String(decoding: got.current, as: UTF8.self).split(separator: "\n")
        #expect(lines == ["{\"id\":1,\"time\":\"2026-11-24T10:15:02Z\",\"topic\":\"tariffs\"}", "{\"id\":2,\"time\":\"2026-11-24T10:16:02Z\",\"topic\":\"talks\"}"])
    }
}
