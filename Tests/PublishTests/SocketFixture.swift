#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Logging
import Model
import Publish
import Store
import TestSupport

/// A real server on a real Unix socket in a short temp folder, fed from a
/// real `StateStore` the way the daemon feeds it: commit, then publish.
final class SocketFixture: Sendable {
    let folder: String
    let path: String
    let store: StateStore
    let logs = Locked<[String]>([])
    let server: AlertSocketServer

    init(queueLimit: Int = 1000, pageSize: Int = 500, mode: UInt32 = 0o660, group: String? = nil,
         linger: Duration = .seconds(60),
         replayDelay: Duration? = nil, onReplayPage: (@Sendable () async -> Void)? = nil) async throws {
        folder = Self.makeFolder()
        path = folder + "/s.sock"
        store = try StateStore(directory: folder + "/state")
        server = Self.makeServer(path: path, store: store, logs: logs, queueLimit: queueLimit, pageSize: pageSize,
                                 mode: mode, group: group, linger: linger, replayDelay: replayDelay,
                                 onReplayPage: onReplayPage)
        try await server.start()
    }

    static func makeServer(path: String, store: StateStore, logs: Locked<[String]>, queueLimit: Int = 1000,
                           pageSize: Int = 500, mode: UInt32 = 0o660, group: String? = nil,
                           linger: Duration = .seconds(60), replayDelay: Duration? = nil,
                           onReplayPage: (@Sendable () async -> Void)? = nil) -> AlertSocketServer {
        let source = AlertSource(
            alerts: { after, limit in
                if let replayDelay { try await Task.sleep(for: replayDelay) }
                let page = try await store.alerts(after: after, limit: limit)
                await onReplayPage?()
                return page
            },
            lastID: { (try? await store.lastAlertID()) ?? 0 },
            status: {
                StatusReport(feeds: 3, failingFeeds: ["https://example.org/bad.xml"], lastCycleStarted: nil,
                             lastCycleFinished: nil, lastAlertID: (try? await store.lastAlertID()) ?? 0).json
            })
        var logger = Logger(label: "test") { _ in CapturingLogHandler(lines: logs) }
        logger.logLevel = .debug
        var options = AlertSocketServer.Options(path: path, mode: mode, group: group, queueLimit: queueLimit,
                                                pageSize: pageSize)
        // By default long enough for a stalled test client to come back and read its overflow error.
        options.closeLinger = linger
        return AlertSocketServer(options: options, source: source, logger: logger)
    }

    deinit {
        server.stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Commits `count` alerts (topics cycling through `topics`) and publishes
    /// them as the daemon does. Returns what was committed.
    @discardableResult
    func commit(_ count: Int, topics: [Topic] = [.rareEarthExports], severity: Severity = .high,
                publish: Bool = true) async throws -> [StoredAlert] {
        let before = try await store.lastAlertID()
        let alerts = (0..<count).map { i in
            SocketFixture.alert(topic: topics[i % topics.count], severity: severity, item: "\(before)-\(i)")
        }
        _ = try await store.commit(FeedCommit(url: "https://example.org/feed.xml", etag: nil, lastModified: nil,
                                              time: Date(), seen: [], alerts: alerts, moves: []))
        let stored = try await store.alerts(after: before, limit: count)
        if publish { server.publish(stored) }
        return stored
    }

    static func alert(topic: Topic, severity: Severity, item: String) -> Alert {
        Alert(id: 0, time: Date(), kind: .positionChange, severity: severity, topic: topic, actor: .china,
              direction: .easing, modality: .action,
              baseline: .init(position: "cn-rare-earth-controls", stance: "controls in force"),
              item: .init(feed: "https://example.org/feed.xml", id: item, title: "Item \(item)",
                          link: "https://example.org/\(item)", published: nil),
              evidence: "China suspends its rare-earth export controls.", matched: ["rare earth", "suspend"])
    }

    func connect() throws -> LineConnection { try LineConnection(path: path) }

    /// The server's log so far, a line per entry: for failure messages.
    var logText: String { "server log:\n" + logs.current.joined(separator: "\n") }

    /// A new folder under /tmp, short enough for a socket path.
    static func makeFolder() -> String {
        var template = Array("/tmp/tw-XXXXXX".utf8CString)
        return String(cString: mkdtemp(&template)!)
    }

    /// A listening socket at `path` made without the server (as systemd or
    /// a bare peer would make one).
    static func listeningSocket(at path: String) -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in path.utf8.enumerated() { raw[i] = b }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        precondition(bound == 0 && listen(fd, 16) == 0, "cannot listen on \(path): \(String(cString: strerror(errno)))")
        return fd
    }

    /// Waits (up to 60 s: the whole suite shares 2 cores) until `condition` holds.
    func eventually(_ condition: () -> Bool) async -> Bool {
        await TestSupport.eventually(timeout: 60, condition)
    }
}

/// Keeps every log line (message and metadata) for tests to look at.
struct CapturingLogHandler: LogHandler {
    let lines: Locked<[String]>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .debug

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let meta = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        lines.withLock { $0.append("\(event.level) \(event.message) \(meta)") }
    }
}

// Blocking reads run on their own threads: the tests' tasks share a
// cooperative pool as small as the machine (2 cores), and the server's
// replay tasks need it too.
extension LineConnection {
    /// The next line, nil at end of stream, failing after `timeout`.
    func next(timeout: Duration = .seconds(30)) async throws -> String? {
        let box = UncheckedBox(self)
        return try await offThePool { try box.value.readLine(timeout: timeout) }
    }

    /// Lines until one satisfies `stop` (included) or the stream ends,
    /// failing after `timeout` per line.
    func lines(until stop: @escaping @Sendable (String) -> Bool, timeout: Duration = .seconds(30)) async throws -> [String] {
        let box = UncheckedBox(self)
        return try await offThePool {
            var out: [String] = []
            while let line = try box.value.readLine(timeout: timeout) {
                out.append(line)
                if stop(line) { break }
            }
            return out
        }
    }
}

extension DispatchSemaphore {
    /// Waits on a thread of its own; false on timeout.
    func wait(seconds: Int) async -> Bool {
        (try? await offThePool { [self] in wait(timeout: .now() + .seconds(seconds)) == .success }) ?? false
    }
}

/// Moves a non-Sendable value to the one thread that uses it from then on.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

func alertIDs(_ lines: [String]) -> [Int64] {
    lines.compactMap { line in
        if case .alert(let id, _) = SubscriberEvent(line: line) { return id }
        return nil
    }
}

/// 1, 2, ... n (empty for 0).
func oneThrough(_ n: Int) -> [Int64] { (0..<n).map { Int64($0) + 1 } }
