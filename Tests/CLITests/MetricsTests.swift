import Foundation
import Testing
import TestSupport

/// `[metrics]` against a running daemon: the textfile rewritten after each
/// cycle and the same exposition on 127.0.0.1, both passing Debian's
/// `promtool check metrics`; a listen address off the machine is refused.
@Suite(.serialized) struct MetricsTests {
    static let promtool = "/usr/bin/promtool"

    @Test func textfileAndListenerCarryTheDaemonsFiguresAndPassPromtool() async throws {
        let feed = try LiveFeedServer(items: [DaemonRunTests.item(0), DaemonRunTests.item(1)])
        let missing = "file:///nonexistent-\(UUID().uuidString)/feed.xml"
        let port = try Self.freePort()
        let daemon = try DaemonProcess(feeds: [feed.url, missing], extra: """

            [metrics]
            textfile = "metrics/tradewatch.prom"
            listen = "127.0.0.1:\(port)"
            """)
        try FileManager.default.createDirectory(atPath: daemon.folder + "/metrics", withIntermediateDirectories: true)
        try daemon.start()
        defer { daemon.signal(SIGTERM) }
        #expect(await daemon.waitForLog(atLeast: 2, timeout: 20), "\(daemon.stderr)")
        let subscriber = try UnixLineClient(path: daemon.folder + "/alerts.sock")
        _ = subscriber.readLine()

        let textfile = daemon.folder + "/metrics/tradewatch.prom"
        var text = ""
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            text = (try? String(contentsOfFile: textfile, encoding: .utf8)) ?? ""
            if text.contains("tradewatch_subscribers 1"), text.contains("tradewatch_alerts_total{") { break }
            // Sleeps without holding one of the few cooperative threads other suites need.
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(text.contains("tradewatch_fetches_total{outcome=\"200\"}"), "\(text)")
        #expect(text.contains("tradewatch_fetches_total{outcome=\"file_error\"}"), "\(text)")
        #expect(text.contains("tradewatch_fetch_duration_seconds_bucket{le=\"+Inf\"}"), "\(text)")
        #expect(text.contains("tradewatch_alerts_total{topic="), "\(text)")
        #expect(text.contains("tradewatch_failing_feeds 1"), "\(text)")
        #expect(text.contains("tradewatch_feeds 2"), "\(text)")
        #expect(text.contains("tradewatch_subscribers 1"), "\(text)")
        #expect(text.contains("tradewatch_cycle_duration_seconds_count"), "\(text)")
        #expect(Self.value(of: "tradewatch_items_parsed_total", in: text) >= 2, "\(text)")
        #expect(Self.value(of: "tradewatch_fetched_bytes_total", in: text) > 0, "\(text)")
        // Written through a temporary file and renamed: none stays behind. One look may fall while the
        // daemon is writing the next one (it rewrites after every cycle), so the file must go, not be gone.
        #expect(await eventually(timeout: 60) { !FileManager.default.fileExists(atPath: textfile + ".tmp") },
                "a temporary textfile stayed behind")

        let exposition = text
        let check = try await CommandRun.run(Self.promtool, ["check", "metrics"], stdin: exposition)
        #expect(check.status == 0, "promtool: \(check.stdout)\(check.stderr)")

        let served = try await offThePool { try Self.get(port: port, path: "/metrics") }
        #expect(served.hasPrefix("HTTP/1.1 200 OK\r\n"), "\(served)")
        let body = String(served[served.range(of: "\r\n\r\n")!.upperBound...])
        #expect(body.contains("tradewatch_fetches_total{outcome=\"200\"}"))
        let servedCheck = try await CommandRun.run(Self.promtool, ["check", "metrics"], stdin: body)
        #expect(servedCheck.status == 0, "promtool: \(servedCheck.stdout)\(servedCheck.stderr)")
        #expect(try await offThePool { try Self.get(port: port, path: "/") }.hasPrefix("HTTP/1.1 404"))
    }

    @Test(arguments: ["0.0.0.0:9464", "192.168.1.4:9464", "127.0.0.1:0", "127.0.0.1"])
    func listenOffTheMachineIsAConfigError(listen: String) async throws {
        let daemon = try DaemonProcess(feeds: [], extra: "\n[metrics]\nlisten = \"\(listen)\"")
        let run = try await CommandRun.tradewatch(["check-config", "--config", daemon.configPath])
        #expect(run.status == 1)
        #expect(run.stderr.contains("metrics.listen: \"\(listen)\" is not a loopback address"), "\(run.stderr)")
    }

    static func value(of name: String, in text: String) -> Double {
        text.split(separator: "\n").first { $0.hasPrefix(name + " ") }
            .flatMap { Double($0.split(separator: " ").last ?? "") } ?? -1
    }

    /// A port nothing listens on right now (the kernel's pick, released).
    static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var sin = sockaddr_in()
        sin.sin_family = sa_family_t(AF_INET)
        sin.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &sin) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &sin) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return UInt16(bigEndian: sin.sin_port)
    }

    /// One HTTP/1.1 GET on 127.0.0.1, the whole answer (the server closes).
    static func get(port: UInt16, path: String) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var sin = sockaddr_in()
        sin.sin_family = sa_family_t(AF_INET)
        sin.sin_port = port.bigEndian
        sin.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let rc = withUnsafePointer(to: &sin) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(rc == 0, "connect to 127.0.0.1:\(port)")
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var answer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        while true {
            let n = recv(fd, &chunk, chunk.count, 0)
            guard n > 0 else { break }
            answer += chunk[0..<n]
        }
        return String(decoding: answer, as: UTF8.self)
    }
}
