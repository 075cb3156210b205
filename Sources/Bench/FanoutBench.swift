#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials
import Logging
import Model
import Publish

/// The socket fan-out benchmark (`tradewatch bench-fanout`): a real server
/// on a real Unix socket in a temp folder, `subscribers` real connections
/// read by one polling thread, `alerts` published in batches. Measures the
/// time from the first publish to the last alert read by the last
/// subscriber, and each delivery's latency (publish to read).
package struct FanoutBench: Sendable {
    package var alerts = 10_000
    package var subscribers = 100
    package var batch = 100
    /// Alerts published per second; 0: as fast as `publish` returns.
    package var rate = 0
    package var queueLimit = 1000

    package init() {}

    package struct Result: Sendable {
        var alerts: Int
        var subscribers: Int
        var seconds: Double
        var delivered: Int
        var disconnected: Int
        var outOfOrder: Int
        var p50ms: Double
        var p99ms: Double
        var maxms: Double
        var recordBytes: Int

        var alertsPerSecond: Double { Double(alerts) / seconds }
        var deliveriesPerSecond: Double { Double(delivered) / seconds }

        package var json: String {
            var w = JSONWriter()
            w.object { w in
                w.field("alerts", alerts)
                w.field("subscribers", subscribers)
                // false when a subscriber was disconnected (overflow): the rates then mean nothing.
                w.field("complete", disconnected == 0 && delivered == alerts * subscribers)
                w.field("record_bytes", recordBytes)
                w.field("seconds", (seconds * 1000).rounded() / 1000)
                w.field("alerts_per_s", alertsPerSecond.rounded())
                w.field("deliveries_per_s", deliveriesPerSecond.rounded())
                w.field("delivered", delivered)
                w.field("disconnected", disconnected)
                w.field("out_of_order", outOfOrder)
                w.field("latency_p50_ms", (p50ms * 100).rounded() / 100)
                w.field("latency_p99_ms", (p99ms * 100).rounded() / 100)
                w.field("latency_max_ms", (maxms * 100).rounded() / 100)
            }
            return w.output
        }
    }

    /// A realistic committed alert (a record of about 700 bytes, like the detector's).
    static func storedAlert(id: Int64) -> StoredAlert {
        let alert = Alert(
            id: id, time: Date(timeIntervalSince1970: 1_795_000_000 + Double(id)), kind: .positionChange,
            severity: .high, topic: .rareEarthExports, actor: .china, direction: .easing, modality: .action,
            baseline: .init(position: "cn-rare-earth-controls",
                            stance: "China keeps its April 2025 export controls on seven rare earths and magnets"),
            item: .init(feed: "https://example.org/trade/feed.xml", id: "urn:item:\(id)",
                        title: "China suspends its rare-earth export controls for a year (\(id))",
                        link: "https://example.org/trade/\(id)", published: Date(timeIntervalSince1970: 1_795_000_000)),
            evidence: "Beijing said it would suspend the export controls on rare earths and magnets announced in April, for one year.",
            matched: ["rare earth", "suspend", "export controls"])
        return StoredAlert(alert)
    }

    package func run(logger: Logger = Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() })) async throws -> Result {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/s.sock"
        let records = (1...Int64(alerts)).map(Self.storedAlert(id:))
        let server = AlertSocketServer(
            options: .init(path: path, queueLimit: queueLimit),
            source: AlertSource(alerts: { _, _ in [] }, lastID: { 0 }, status: { "{}" }), logger: logger)
        try await server.start()
        do {
            let result = try await measure(server, records: records, path: path)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    private func measure(_ server: AlertSocketServer, records: [StoredAlert], path: String) async throws -> Result {
        var fds: [Int32] = []
        for _ in 0..<subscribers {
            let connection = try UnixSocket.connect(path)
            fds.append(connection)
            var line = Array(SubscribeRequest().line.utf8)
            _ = send(connection, &line, line.count, Int32(MSG_NOSIGNAL))
        }
        // Everyone has had its hello and its subscribe read before the clock starts.
        for fd in fds {
            var byte: UInt8 = 0
            while read(fd, &byte, 1) == 1, byte != 0x0A {}
        }
        try await Task.sleep(for: .milliseconds(50))

        let times = PublishTimes(count: alerts + 1)
        let reader = FanoutReader(fds: fds, expected: alerts, times: times)
        SystemThread.start(name: "fanout-reader") { reader.run() }
        let start = AlertSocketServer.now()
        var sent = 0
        while sent < alerts {
            let chunk = records[sent..<min(sent + batch, alerts)]
            let now = AlertSocketServer.now()
            for alert in chunk { times.set(Int(alert.id), now) }
            server.publish(Array(chunk))
            sent += chunk.count
            if rate > 0 {
                let due = start + UInt64(Double(sent) / Double(rate) * 1e9)
                let now = AlertSocketServer.now()
                if due > now { try await Task.sleep(for: .nanoseconds(due - now)) }
            }
        }
        await reader.finished.wait()
        let end = max(reader.lastRead, start + 1)
        for fd in fds { close(fd) }
        var latencies = reader.latencies
        latencies.sort()
        let pick = { (q: Double) -> Double in
            latencies.isEmpty ? 0 : Double(latencies[min(latencies.count - 1, Int(Double(latencies.count) * q))]) / 1e6
        }
        return Result(alerts: alerts, subscribers: subscribers, seconds: Double(end - start) / 1e9,
                      delivered: latencies.count, disconnected: reader.disconnected, outOfOrder: reader.outOfOrder,
                      p50ms: pick(0.5), p99ms: pick(0.99), maxms: pick(1.0),
                      recordBytes: records.first.map { $0.record.utf8.count } ?? 0)
    }

    private static func makeFolder() throws -> String {
        var template = Array("/tmp/tw-bench-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw SocketError(path: "/tmp/tw-bench-XXXXXX", operation: "mkdtemp", errno: errno)
        }
        return String(cString: made)
    }
}

/// When each alert id was published (monotonic ns).
///
/// `@unchecked Sendable`: each slot is written by the publisher before the
/// alert is published and read by the reader after the alert arrived through
/// the socket, so the lock in `publish` and the socket order the accesses.
final class PublishTimes: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<UInt64>
    let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: 0, count: count)
    }

    deinit { slots.deallocate() }

    func set(_ id: Int, _ time: UInt64) { slots[id] = time }
    func get(_ id: Int) -> UInt64 { slots[id] }
}

/// Reads every subscriber's connection on one thread until each has all alerts.
///
/// `@unchecked Sendable`: its state is written only by its thread, and read by
/// the caller after `finished` is signalled.
final class FanoutReader: @unchecked Sendable {
    let fds: [Int32]
    let expected: Int
    let times: PublishTimes
    let finished = ThreadEndLatch()
    private(set) var latencies: [UInt64] = []
    private(set) var disconnected = 0
    private(set) var outOfOrder = 0
    private(set) var lastRead: UInt64 = 0

    init(fds: [Int32], expected: Int, times: PublishTimes) {
        self.fds = fds
        self.expected = expected
        self.times = times
        latencies.reserveCapacity(fds.count * expected)
    }

    func run() {
        var pending = [[UInt8]](repeating: [], count: fds.count)
        var next = [Int](repeating: 1, count: fds.count)
        var open = [Bool](repeating: true, count: fds.count)
        var chunk = [UInt8](repeating: 0, count: 256 * 1024)
        let prefix = Array("{\"type\":\"alert\",\"id\":".utf8)
        var remaining = fds.count
        var polls = fds.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        while remaining > 0 {
            for i in polls.indices { polls[i].fd = open[i] ? fds[i] : -1 }
            guard poll(&polls, nfds_t(polls.count), 5000) > 0 else { break }
            for i in polls.indices where open[i] && polls[i].revents != 0 {
                let n = read(fds[i], &chunk, chunk.count)
                if n <= 0 {
                    open[i] = false
                    disconnected += 1
                    remaining -= 1
                    continue
                }
                let now = AlertSocketServer.now()
                lastRead = now
                pending[i].append(contentsOf: chunk[0..<n])
                var start = 0
                let buffer = pending[i]
                while let newline = buffer[start...].firstIndex(of: 0x0A) {
                    let line = buffer[start..<newline]
                    start = newline + 1
                    guard line.starts(with: prefix) else {
                        if line.starts(with: Array("{\"type\":\"error\"".utf8)) {
                            open[i] = false
                            disconnected += 1
                            remaining -= 1
                            break
                        }
                        continue
                    }
                    var id = 0
                    for byte in line.dropFirst(prefix.count) {
                        guard byte >= 0x30, byte <= 0x39 else { break }
                        id = id * 10 + Int(byte - 0x30)
                    }
                    if id != next[i] { outOfOrder += 1 }
                    next[i] = id + 1
                    if id > 0, id < times.count { latencies.append(now &- times.get(id)) }
                    if id == expected {
                        open[i] = false
                        remaining -= 1
                        break
                    }
                }
                pending[i].removeFirst(start)
            }
        }
        finished.signal()
    }
}
