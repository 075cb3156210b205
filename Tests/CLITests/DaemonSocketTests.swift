import Foundation
import Testing
import TestSupport

/// The daemon's subscriber socket, from outside, as a client would use it.
@Suite(.serialized) struct DaemonSocketTests {
    func object(_ line: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]) ?? [:]
    }

    @Test func helloReplayFilterLiveAndSubscribeCommand() async throws {
        let feed = try LiveFeedServer(items: [DaemonRunTests.item(0), DaemonRunTests.item(1)])
        let daemon = try DaemonProcess(feeds: [feed.url])
        try daemon.start()
        #expect(await daemon.waitForLog(atLeast: 2, timeout: 20), "\(daemon.stderr)")
        let socket = daemon.folder + "/alerts.sock"
        #expect(await eventually(timeout: 30) { FileManager.default.fileExists(atPath: socket) })
        let mode = try FileManager.default.attributesOfItem(atPath: socket)[.posixPermissions] as? Int
        #expect(mode == 0o660)
        let logged = daemon.logLines()

        let all = try UnixLineClient(path: socket)
        let hello = object(try #require(await all.nextLine()))
        #expect(hello["type"] as? String == "hello")
        #expect(hello["version"] as? Int == 1)
        #expect(hello["last_id"] as? Int == logged.count)
        all.send(#"{"type":"subscribe","since":0}"#)
        let replay = try #require(await all.nextLines(until: { $0.contains("\"replayed\"") }))
        let replayed = replay.filter { $0.hasPrefix("{\"type\":\"alert\",") }
        #expect(replayed.map { "{" + $0.dropFirst("{\"type\":\"alert\",".count) } == logged,
                "the replay is the log, record for record")

        let filtered = try UnixLineClient(path: socket)
        _ = await filtered.nextLine()
        filtered.send(#"{"type":"subscribe","since":0,"topics":["tech-controls"]}"#)
        let onlyTech = try #require(await filtered.nextLines(until: { $0.contains("\"replayed\"") }))
            .filter { $0.contains("\"type\":\"alert\"") }
        #expect(!onlyTech.isEmpty)
        #expect(onlyTech.allSatisfy { object($0)["topic"] as? String == "tech-controls" })

        feed.add(DaemonRunTests.item(2))
        let live = try #require(await all.nextLine(timeout: 60), "a live alert")
        #expect(object(live)["type"] as? String == "alert")
        #expect(object(live)["id"] as? Int == logged.count + 1)

        all.send(#"{"type":"ping"}"#)
        #expect(object(try #require(await all.nextLine()))["type"] as? String == "pong")
        all.send(#"{"type":"status"}"#)
        let status = object(try #require(await all.nextLine()))
        #expect(status["feeds"] as? Int == 1)
        #expect(status["last_alert_id"] as? Int == logged.count + 1)

        let printed = try await CommandRun.tradewatch(["subscribe", "--socket", socket, "--since", "0", "--once"])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.split(separator: "\n").map(String.init) == daemon.logLines())

        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 30) == 0)
        #expect(!FileManager.default.fileExists(atPath: socket), "the socket it bound is removed on stop")
    }

    @Test func socketActivationUsesThePassedSocket() async throws {
        let feed = try LiveFeedServer(items: [DaemonRunTests.item(0)])
        let daemon = try DaemonProcess(feeds: [feed.url])
        let socket = daemon.folder + "/activated.sock"
        // Not Foundation's Process: the activator closes the descriptors it
        // inherits, which that takes for its exit (see SpawnedProcess).
        let activator = try SpawnedProcess("/usr/bin/systemd-socket-activate",
                                           ["-l", socket, TradewatchBinary.path, "run", "--config", daemon.configPath])
        var client: UnixLineClient?
        _ = await eventually(timeout: 30) {
            client = try? UnixLineClient(path: socket)
            return client != nil
        }
        let connected = try #require(client, "systemd-socket-activate listens on \(socket)")
        let hello = object(try #require(await connected.nextLine(timeout: 30), "the activated daemon says hello"))
        #expect(hello["type"] as? String == "hello")
        #expect(!FileManager.default.fileExists(atPath: daemon.folder + "/alerts.sock"),
                "the configured path is not bound when a socket is passed")
        #expect(await activator.stop(), "the activated daemon stops on SIGTERM")
    }
}
