#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials
import Logging
import Model
import Synchronization

/// The subscriber socket: newline-delimited JSON over a Unix stream socket
/// (the protocol of ../shared/DESIGN.md, plus `{"type":"replayed","last_id":N}`
/// after a replay).
///
/// One I/O thread runs `poll` over non-blocking sockets. `publish` only
/// appends to an inbox and wakes that thread, so the daemon never waits for
/// a subscriber; each subscriber has a bounded queue and is disconnected with
/// an `overflow` error past it.
///
/// Usage (in the daemon):
///
///     let server = AlertSocketServer(
///         options: .init(path: config.socket, mode: config.socketMode, group: config.socketGroup,
///                        queueLimit: config.subscriberQueue),
///         source: AlertSource(alerts: { try await store.alerts(after: $0, limit: $1) },
///                             lastID: { await runtime.lastAlertID() },
///                             status: { /* StatusReport(...).json */ }),
///         logger: logger)
///     try await server.start(activatedFD: try SocketActivation.takeListeningSocket())
///     await runtime.addListener { server.publish($0) }
///     ...
///     server.stop()   // on shutdown: closes everyone, removes the socket file it made
///
/// `@unchecked Sendable`: the inbox and counters are in `shared`, a mutex;
/// all other state belongs to the I/O thread and is touched only there.
public final class AlertSocketServer: @unchecked Sendable {
    public struct Options: Sendable {
        public var path: String
        public var mode: UInt32
        public var group: String?
        /// Alerts (and control lines) queued per subscriber before it is disconnected.
        public var queueLimit: Int
        /// A client line longer than this is refused and the client disconnected.
        public var maxLineBytes: Int
        /// Alerts read from the source per replay page.
        public var pageSize: Int
        /// How long live alerts wait for a new connection's subscribe (see `SubscriberSession.graceUntil`).
        public var subscribeGrace: Duration = .milliseconds(250)
        /// How long a disconnected subscriber's last line (the overflow
        /// error) may wait for it to read, before the connection is closed anyway.
        public var closeLinger: Duration = .seconds(5)

        public init(path: String, mode: UInt32 = 0o660, group: String? = nil, queueLimit: Int = 1000,
                    maxLineBytes: Int = 64 * 1024, pageSize: Int = 500) {
            self.path = path
            self.mode = mode
            self.group = group
            self.queueLimit = max(1, queueLimit)
            self.maxLineBytes = maxLineBytes
            self.pageSize = max(1, pageSize)
        }
    }

    enum Command {
        case publish([StoredAlert])
        case replayPage(session: Int, frames: [Frame], done: CheckedContinuation<Bool, Never>)
        case replayDone(session: Int, lastID: Int64, live: Bool)
        case replayFailed(session: Int, message: String)
        case control(session: Int, line: String)
        case stop
    }

    public let options: Options
    let source: AlertSource
    let logger: Logger

    /// What other threads and the I/O thread share.
    private struct Shared {
        var inbox: [Command] = []
        var stopped = false
        var sessionCount = 0
        var overflowDisconnects = 0
        var wakePending = false
    }

    private let shared = Mutex(Shared())
    private let finished = ThreadEndLatch()

    // I/O thread state.
    private var listenFD: Int32 = -1
    private var ownsPath = false
    private var wakeRead: Int32 = -1
    private var wakeWrite: Int32 = -1
    private var sessions: [Int: SubscriberSession] = [:]
    private var nextSession = 1
    private var lastPublished: Int64 = 0
    private var started = false

    public init(options: Options, source: AlertSource, logger: Logger) {
        self.options = options
        self.source = source
        self.logger = logger
    }

    /// Binds the socket (or takes `activatedFD`, the listening socket systemd
    /// passed, see `SocketActivation`) and starts the I/O thread.
    public func start(activatedFD: Int32? = nil) async throws(SocketError) {
        lastPublished = await source.lastID()
        if let activatedFD {
            // accept() runs until EAGAIN: a blocking listener would stall the I/O thread.
            let name = "activated socket (fd \(activatedFD))"
            try UnixSocket.setNonBlocking(activatedFD, path: name)
            try UnixSocket.setCloseOnExec(activatedFD, path: name)
            listenFD = activatedFD
            ownsPath = false
        } else {
            listenFD = try UnixSocket.listen(options.path, mode: options.mode, group: options.group)
            ownsPath = true
        }
        var pipeFDs: [Int32] = [0, 0]
        // pipe2/eventfd need _GNU_SOURCE, which Glibc's module does not give Swift.
        guard pipe(&pipeFDs) == 0,
              (try? UnixSocket.setNonBlocking(pipeFDs[0], path: options.path)) != nil,
              (try? UnixSocket.setNonBlocking(pipeFDs[1], path: options.path)) != nil,
              (try? UnixSocket.setCloseOnExec(pipeFDs[0], path: options.path)) != nil,
              (try? UnixSocket.setCloseOnExec(pipeFDs[1], path: options.path)) != nil else {
            let code = errno
            closeListener()
            throw SocketError(path: options.path, operation: "create wake-up pipe", errno: code)
        }
        wakeRead = pipeFDs[0]
        wakeWrite = pipeFDs[1]
        started = true
        SystemThread.start(name: "tradewatch-socket") { [self] in run() }
        logger.info("subscriber socket listening", metadata: [
            "socket": "\(activatedFD == nil ? options.path : "systemd fd \(activatedFD!)")",
            "mode": "\(String(options.mode, radix: 8))"])
    }

    /// Hands committed alerts (in id order) to every subscriber. Never blocks
    /// on a subscriber: it appends to the inbox and wakes the I/O thread.
    public func publish(_ batch: [StoredAlert]) {
        guard !batch.isEmpty else { return }
        post(.publish(batch))
    }

    /// Disconnects everyone, closes the socket, removes its file (when this
    /// server bound it) and waits for the I/O thread to end.
    public func stop() async {
        guard beginStop() else { return }
        await finished.wait()
    }

    /// `stop()` for synchronous callers (benchmarks, tests' `defer`): blocks
    /// the calling thread, so never from async code.
    public func stop() {
        guard beginStop() else { return }
        finished.waitBlocking()
    }

    /// Asks the I/O thread to end; false when there is nothing to wait for.
    private func beginStop() -> Bool {
        let already = shared.withLock { shared in
            defer { shared.stopped = true }
            return shared.stopped
        }
        guard !already, started else { return false }
        post(.stop, evenWhenStopped: true)
        return true
    }

    /// Connected subscribers right now.
    public var subscriberCount: Int {
        shared.withLock { $0.sessionCount }
    }

    /// Subscribers disconnected so far because their queue overflowed (metrics).
    public var overflowCount: Int {
        shared.withLock { $0.overflowDisconnects }
    }

    // MARK: inbox

    func post(_ command: Command, evenWhenStopped: Bool = false) {
        let accepted = shared.withLock { shared -> Bool? in
            if shared.stopped && !evenWhenStopped { return nil }
            shared.inbox.append(command)
            // One byte in the pipe is enough to wake the thread for every command.
            defer { shared.wakePending = true }
            return !shared.wakePending
        }
        guard let wake = accepted else {
            if case .replayPage(_, _, let done) = command { done.resume(returning: false) }
            return
        }
        if wake {
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)
        }
    }

    private func takeInbox() -> [Command] {
        var drain = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &drain, drain.count) > 0 {}
        return shared.withLock { shared in
            shared.wakePending = false
            defer { shared.inbox.removeAll(keepingCapacity: true) }
            return shared.inbox
        }
    }

    // MARK: the I/O thread

    private func run() {
        var fds: [pollfd] = []
        var order: [SubscriberSession] = []
        var running = true
        while running {
            fds.removeAll(keepingCapacity: true)
            order.removeAll(keepingCapacity: true)
            fds.append(pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0))
            fds.append(pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0))
            for session in sessions.values {
                // A closing session only gets its last line written.
                var events = session.closeDeadline == nil ? Int16(POLLIN) : 0
                if session.hasOutput { events |= Int16(POLLOUT) }
                fds.append(pollfd(fd: session.fd, events: events, revents: 0))
                order.append(session)
            }
            let ready = poll(&fds, nfds_t(fds.count), pollTimeout())
            if ready < 0 {
                if errno == EINTR { continue }
                logger.critical("subscriber socket: poll failed; the socket is closed",
                                metadata: ["error": "\(String(cString: strerror(errno)))"])
                break
            }
            if fds[0].revents != 0 {
                // Batches published since the last wake-up go out together:
                // one write per subscriber instead of one per batch.
                var published: [StoredAlert] = []
                for command in takeInbox() {
                    if case .publish(let batch) = command {
                        published += batch
                        continue
                    }
                    if !published.isEmpty { deliver(published); published = [] }
                    if case .stop = command { running = false; break }
                    handle(command)
                }
                if !running { break }
                if !published.isEmpty { deliver(published) }
            }
            if fds[1].revents != 0 { acceptAll() }
            releaseExpiredGrace()
            closeExpiredLingers()
            for (i, session) in order.enumerated() where !session.closed {
                let events = fds[i + 2].revents
                if events & Int16(POLLOUT | POLLERR) != 0 { flush(session) }
                if !session.closed, session.closeDeadline != nil, events & Int16(POLLHUP | POLLERR) != 0 {
                    remove(session)
                }
                if !session.closed, session.closeDeadline == nil, events & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                    readFrom(session)
                }
            }
        }
        shutdown()
        finished.signal()
    }

    private func shutdown() {
        for session in sessions.values { session.close() }
        sessions.removeAll()
        updateCount()
        for command in takeInbox() {
            if case .replayPage(_, _, let done) = command { done.resume(returning: false) }
        }
        closeListener()
        close(wakeRead)
        close(wakeWrite)
        logger.info("subscriber socket closed", metadata: ["socket": "\(options.path)"])
    }

    private func closeListener() {
        if listenFD >= 0 { close(listenFD) }
        listenFD = -1
        if ownsPath { unlink(options.path) }
    }

    private func updateCount() {
        let count = sessions.count
        shared.withLock { $0.sessionCount = count }
    }

    private func acceptAll() {
        while true {
            let fd = accept(listenFD, nil, nil)
            if fd < 0 {
                if errno == EINTR { continue }
                if errno != EAGAIN && errno != EWOULDBLOCK {
                    logger.warning("subscriber socket: accept failed",
                                   metadata: ["error": "\(String(cString: strerror(errno)))"])
                }
                return
            }
            // accept4 is _GNU_SOURCE-only, so the flags are set after accept;
            // the daemon starts no child processes that could inherit the fd meanwhile.
            guard (try? UnixSocket.setNonBlocking(fd, path: options.path)) != nil,
                  (try? UnixSocket.setCloseOnExec(fd, path: options.path)) != nil else {
                close(fd)
                continue
            }
            let grace = Self.nanoseconds(options.subscribeGrace)
            let session = SubscriberSession(number: nextSession, fd: fd, peer: UnixSocket.peer(fd),
                                            graceUntil: Self.now() + grace)
            nextSession += 1
            sessions[session.number] = session
            updateCount()
            logger.debug("subscriber connected", metadata: meta(session))
            session.enqueue(Frame(id: nil, line: ServerMessage.hello(lastID: lastPublished)), bounded: true)
            flush(session)
        }
    }

    private func handle(_ command: Command) {
        switch command {
        case .publish(let batch):
            deliver(batch)
        case .replayPage(let number, let frames, let done):
            guard let session = sessions[number], session.isActive else { done.resume(returning: false); return }
            for frame in frames { session.enqueue(frame, bounded: false) }
            session.replayWaiter = done
            flush(session)
            resumeReplayIfDrained(session)
        case .replayDone(let number, let lastID, let live):
            guard let session = sessions[number], session.isActive else { return }
            if !live {
                session.mode = .live
                session.floor = lastID
                for held in session.held where held.alert.id > lastID && session.accepts(held.alert) {
                    session.enqueue(held.frame, bounded: true)
                }
                session.held.removeAll()
            }
            session.enqueue(Frame(id: nil, line: ServerMessage.replayed(lastID: lastID)), bounded: true)
            flush(session)
        case .replayFailed(let number, let message):
            guard let session = sessions[number], session.isActive else { return }
            logger.error("subscriber replay failed", metadata: meta(session, ["error": "\(message)"]))
            disconnect(session, final: ServerMessage.error(code: "replay_failed", message: message,
                                                           lastSent: session.lastSent))
        case .control(let number, let line):
            guard let session = sessions[number], session.isActive else { return }
            session.enqueue(Frame(id: nil, line: line), bounded: true)
            checkBound(session)
            if !session.closed { flush(session) }
        case .stop:
            break
        }
    }

    private func deliver(_ batch: [StoredAlert]) {
        let frames = batch.map(Frame.init(alert:))
        let needsFields = sessions.values.contains { !$0.filterIsEmpty }
        let fields = needsFields ? batch.map { AlertFields(jsonLine: $0.record) } : []
        if let last = batch.last?.id { lastPublished = max(lastPublished, last) }
        for session in sessions.values where session.closeDeadline == nil {
            for (i, frame) in frames.enumerated() {
                let id = frame.id ?? 0
                guard id > session.floor, session.accepts(needsFields ? fields[i] : nil) else { continue }
                switch session.mode {
                case .initial where session.graceUntil > 0:
                    session.held.append(HeldAlert(frame: frame, alert: batch[i]))
                case .initial:
                    if session.firstInitialID == nil { session.firstInitialID = id }
                    session.enqueue(frame, bounded: true)
                case .replaying:
                    session.held.append(HeldAlert(frame: frame, alert: batch[i]))
                case .live:
                    session.enqueue(frame, bounded: true)
                }
            }
            // Flush first: what the kernel takes now does not count against the bound.
            flush(session)
            if !session.closed { checkBound(session) }
        }
    }

    /// Poll timeout in ms: until the earliest grace period or linger ends, or for ever.
    private func pollTimeout() -> Int32 {
        let graces = sessions.values.filter { $0.mode == .initial && $0.graceUntil > 0 }.map(\.graceUntil)
        let lingers = sessions.values.compactMap(\.closeDeadline)
        guard let earliest = (graces + lingers).min() else { return -1 }
        let now = Self.now()
        return earliest <= now ? 0 : Int32(min((earliest - now) / 1_000_000 + 1, 1000))
    }

    private func closeExpiredLingers() {
        let now = Self.now()
        for session in sessions.values {
            if let deadline = session.closeDeadline, deadline <= now {
                logger.debug("closing subscriber that did not read its last line", metadata: meta(session))
                remove(session)
            }
        }
    }

    private func releaseExpiredGrace() {
        let now = Self.now()
        for session in sessions.values where session.mode == .initial && session.graceUntil > 0 && session.graceUntil <= now {
            session.graceUntil = 0
            releaseHeld(session)
        }
    }

    /// Sends what waited in `held` (grace period over, or live-only subscribe).
    func releaseHeld(_ session: SubscriberSession) {
        session.graceUntil = 0
        let held = session.held
        session.held.removeAll()
        for entry in held where entry.alert.id > session.floor && session.accepts(entry.alert) {
            if session.mode == .initial, session.firstInitialID == nil { session.firstInitialID = entry.alert.id }
            session.enqueue(entry.frame, bounded: true)
        }
        checkBound(session)
        if !session.closed { flush(session) }
    }

    static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    func checkBound(_ session: SubscriberSession) {
        guard session.closeDeadline == nil, session.queuedCount > options.queueLimit else { return }
        let lastSent = session.lastWholeAlert
        shared.withLock { $0.overflowDisconnects += 1 }
        logger.warning("subscriber too slow: queue over \(options.queueLimit); disconnected",
                       metadata: meta(session, ["last_sent": "\(lastSent)"]))
        disconnect(session, final: ServerMessage.error(
            code: "overflow",
            message: "more than \(options.queueLimit) alerts queued; reconnect with since=\(lastSent)",
            lastSent: lastSent))
    }

    func flush(_ session: SubscriberSession) {
        switch session.flush() {
        case .drained where session.closeDeadline != nil:
            remove(session)
        case .drained, .blocked:
            resumeReplayIfDrained(session)
        case .failed(let code):
            logger.debug("subscriber write failed", metadata: meta(session, ["error": "\(String(cString: strerror(code)))"]))
            remove(session)
        }
    }

    /// Flow control: the replay task reads its next page once this one is
    /// mostly in the kernel, so a replay never piles up in memory.
    private func resumeReplayIfDrained(_ session: SubscriberSession) {
        guard let waiter = session.replayWaiter, session.pendingFrames <= options.pageSize / 2 else { return }
        session.replayWaiter = nil
        waiter.resume(returning: true)
    }

    /// Sends `line` (an error) and closes: now when the socket takes it,
    /// else as soon as the client reads, within `closeLinger`. Nothing else
    /// is sent or read meanwhile.
    func disconnect(_ session: SubscriberSession, final line: String) {
        session.replayWaiter?.resume(returning: false)
        session.replayWaiter = nil
        session.beginClosing(with: line, deadline: Self.now() + Self.nanoseconds(options.closeLinger))
        flush(session)
    }

    static func nanoseconds(_ duration: Duration) -> UInt64 {
        UInt64(duration.components.seconds) * 1_000_000_000 + UInt64(duration.components.attoseconds / 1_000_000_000)
    }

    func remove(_ session: SubscriberSession) {
        session.close()
        sessions[session.number] = nil
        updateCount()
    }

    func meta(_ session: SubscriberSession, _ extra: Logger.Metadata = [:]) -> Logger.Metadata {
        var m: Logger.Metadata = ["subscriber": "\(session.number)"]
        if let peer = session.peer {
            m["pid"] = "\(peer.pid)"
            m["uid"] = "\(peer.uid)"
        }
        return m.merging(extra) { _, new in new }
    }
}
