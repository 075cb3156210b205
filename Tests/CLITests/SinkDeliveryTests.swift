import Foundation
import Testing
import TestSupport

/// `[[sink]]`s of a real daemon: webhooks over loopback HTTP, mail through a
/// stand-in `sendmail` on the PATH.
@Suite(.serialized) struct SinkDeliveryTests {
    static func items(_ range: Range<Int>) -> [LiveFeedServer.Item] {
        range.map { DaemonRunTests.item($0) }.enumerated().map { offset, item in
            var item = item
            item.guid = "sink-item-\(range.lowerBound + offset)"
            item.published = Date().addingTimeInterval(Double(offset - range.count) * 60)
            return item
        }
    }

    /// The receiver gets alert 2, and the daemon is killed before it hears the
    /// answer: after a restart alert 2 comes again once, with the same key,
    /// and every other alert exactly once.
    @Test func killedBetweenSendAndAcknowledgementSendsThatAlertAgainOnceWithTheSameKey() async throws {
        let feed = try LiveFeedServer(items: Self.items(0..<4))
        let daemonPID = Locked<Int32>(0)
        let killed = Locked(false)
        let receiver = try HTTPTestServer { request in
            if request.header("Idempotency-Key") == "2", !killed.current {
                killed.withLock { $0 = true }
                kill(daemonPID.current, SIGKILL)
                return .hangUp
            }
            return .status(200)
        }
        let daemon = try DaemonProcess(feeds: [feed.url], tail: """
            [[sink]]
            type = "webhook"
            url = "\(receiver.url("/hook"))"
            timeout = "5s"

            """)
        try daemon.start()
        daemonPID.withLock { $0 = daemon.pid }
        #expect(await daemon.waitForExit(timeout: 30) != nil,
                "the receiver killed the daemon; stderr: \(daemon.stderr)")
        #expect(killed.current)
        let keysBeforeRestart = receiver.requests(to: "/hook").compactMap { $0.header("Idempotency-Key") }

        try daemon.start()
        defer { daemon.signal(SIGTERM) }
        let alertCount = { daemon.logLines().count }
        var keys: [String] = []
        _ = await OffPool.until(seconds: 30) {
            keys = receiver.requests(to: "/hook").compactMap { $0.header("Idempotency-Key") }
            return alertCount() >= 4 && Set(keys).count == alertCount()
        }
        #expect(alertCount() >= 4, "stderr: \(daemon.stderr)")
        #expect(Set(keys) == Set((1...alertCount()).map(String.init)), "every alert delivered: \(keys)")
        #expect(keys.filter { $0 == "2" }.count == 2, "the unacknowledged alert is sent again once: \(keys)")
        for key in Set(keys) where key != "2" {
            #expect(keys.filter { $0 == key }.count == 1, "alert \(key) once: \(keys) (before restart: \(keysBeforeRestart))")
        }
    }

    @Test func mailGoesThroughSendmailOnThePathOneMessagePerAlert() async throws {
        let bin = FileManager.default.temporaryDirectory.appendingPathComponent("tw-bin-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let recorded = bin + "/mail"
        try FileManager.default.createDirectory(atPath: recorded, withIntermediateDirectories: true)
        // The stand-in: its arguments and the message it was given, one file pair per call.
        try ExecutableScript.write("""
            #!/bin/sh
            n=$(date +%s%N)
            printf '%s\\n' "$@" > "\(recorded)/$n.args"
            cat > "\(recorded)/$n.eml"

            """, to: bin + "/sendmail")

        let daemon = try await DemoFeedsRun.make(tail: """
            [[sink]]
            type = "mail"
            to = "desk@example.org"
            sendmail = "sendmail"
            topics = ["rare-earth-exports"]

            """, environment: ["PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")])
        let rareEarth = daemon.logLines().filter { $0.contains("\"topic\":\"rare-earth-exports\"") }
        let files = try FileManager.default.contentsOfDirectory(atPath: recorded).sorted()
        let messages = try files.filter { $0.hasSuffix(".eml") }.map { try String(contentsOfFile: recorded + "/" + $0, encoding: .utf8) }
        #expect(!rareEarth.isEmpty)
        #expect(messages.count == rareEarth.count, "one message per matching alert; stderr: \(daemon.stderr)")
        let args = try String(contentsOfFile: recorded + "/" + files.first { $0.hasSuffix(".args") }!, encoding: .utf8)
        #expect(args.split(separator: "\n").contains("-t"))
        let magnets = try #require(messages.first { $0.contains("rare earth magnet shipments") })
        #expect(magnets.contains("Subject: [tradewatch] China eases rare-earth-exports (action)"))
        #expect(magnets.hasPrefix("To: desk@example.org\n"))
        #expect(magnets.contains("https://demo.tradewatch.invalid/wire/rare-earth-magnets"))
    }

    @Test func aFailingWebhookShowsInTheStatusAndCatchesUpWhenItWorksAgain() async throws {
        let feed = try LiveFeedServer(items: Self.items(0..<2))
        let healthy = Locked(false)
        let receiver = try HTTPTestServer { _ in healthy.current ? .status(200) : .status(500) }
        let daemon = try DaemonProcess(feeds: [feed.url], tail: """
            [[sink]]
            type = "webhook"
            name = "desk-hook"
            url = "\(receiver.url("/hook"))"
            retries = 0

            """)
        try daemon.start()
        defer { daemon.signal(SIGTERM) }
        #expect(await OffPool.until(seconds: 60) { daemon.logLines().count >= 2 }, "stderr: \(daemon.stderr)")

        func sinkStatus() throws -> [String: Any]? {
            let client = try UnixLineClient(path: daemon.folder + "/alerts.sock")
            _ = client.readLine()
            client.send(#"{"type":"status"}"#)
            guard let line = client.readLine(),
                  let status = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return (status["sinks"] as? [[String: Any]])?.first
        }
        var sink: [String: Any]?
        _ = try await OffPool.until(seconds: 60) {
            sink = try sinkStatus()
            return sink?["failing"] as? Bool == true
        }
        #expect(sink?["name"] as? String == "desk-hook")
        #expect(sink?["failing"] as? Bool == true, "\(String(describing: sink))")
        let lastError = (sink?["last_error"] as? String) ?? ""
        #expect(lastError.contains("HTTP 500"), "\(lastError)")
        #expect(sink?["acknowledged"] as? Int == 0)

        // Working again: the pending alerts arrive on the next retry (the first pause is 5 s).
        healthy.withLock { $0 = true }
        _ = try await OffPool.until(seconds: 30) { try sinkStatus()?["acknowledged"] as? Int == daemon.logLines().count }
        sink = try sinkStatus()
        #expect(sink?["failing"] as? Bool == false, "\(String(describing: sink))")
        #expect(sink?["acknowledged"] as? Int == daemon.logLines().count)
        let delivered = receiver.requests(to: "/hook").compactMap { $0.header("Idempotency-Key") }
        #expect(Set(delivered) == Set((1...daemon.logLines().count).map(String.init)))
    }
}
