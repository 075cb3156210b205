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
/// This class does the I/O only: what each subscriber is sent, and when, is
/// decided by its `SubscriberStateMachine`, which the server feeds events
/// and whose actions it carries out.
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
package final class AlertSocketServer: @unchecked Sendable {
    package struct Options: Sendable {
        var path: String
        var mode: UInt32
        var group: String?
        /// Alerts (and control lines) queued per subscriber before it is disconnected.
        var queueLimit: Int
        /// A client line longer than this is refused and the client disconnected.
        var maxLineBytes: Int
        /// Alerts read from the source per replay page.
        var pageSize: Int
        /// How long live alerts wait for a new connection's subscribe (see `SubscriberStateMachine.State.connected`).
        var subscribeGrace: Duration = .milliseconds(250)
        /// How long a disconnected subscriber's last line (the overflow
        /// error) may wait for it to read, before the connection is closed anyway.
        package var closeLinger: Duration = .seconds(5)

        package init(path: String, mode: UInt32 = 0o660, group: String? = nil, queueLimit: Int = 1000,
                    maxLineBytes: Int = 64 * 1024, pageSize: Int = 500) {
            self.path = path
            self.mode = mode
            self.group = group
            self.queueLimit = max(1, queueLimit)
            self.maxLineBytes = maxLineBytes
            self.pageSize = max(1, pageSize)
        }
    }

    /// What other threads and tasks hand the I/O thread.
    enum Command {
        case publish([StoredAlert])
        case replayPage(session: Int, frames: [Frame], done: CheckedContinuation<Bool, Never>)
        case replayDone(session: Int, lastID: Int64)
        case replayFailed(session: Int, message: String)
        /// The daemon's health, asked for by the session's `status`.
        case status(session: Int, line: String)
        case stop
    }

    let options: Options
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

    package init(options: Options, source: AlertSource, logger: Logger) {
        self.options = options
        self.source = source
        self.logger = logger
    }

    /// Binds the socket (or takes `activatedFD`, the listening socket systemd
    /// passed, see `SocketActivation`) and starts the I/O thread.
    package func start(activatedFD: Int32? = nil) async throws(SocketError) {
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
    package func publish(_ batch: [StoredAlert]) {
        guard !batch.isEmpty else { return }
        post(.publish(batch))
    }

    /// Disconnects everyone, closes the socket, removes its file (when this
    /// server bound it) and waits for the I/O thread to end.
    package func stop() async {
        guard beginStop() else { return }
        await finished.wait()
    }

    /// `stop()` for synchronous callers (benchmarks, tests' `defer`): blocks
    /// the calling thread, so never from async code.
    package func stop() {
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
    package var subscriberCount: Int {
        shared.withLock { $0.sessionCount }
    }

    /// Subscribers disconnected so far because their queue overflowed (metrics).
    package var overflowCount: Int {
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
                var events = session.machine.isClosing ? 0 : Int16(POLLIN)
                if session.machine.hasOutput { events |= Int16(POLLOUT) }
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
            tickAll()
            for (i, session) in order.enumerated() where !session.closed {
                let events = fds[i + 2].revents
                if events & Int16(POLLOUT | POLLERR) != 0 { flush(session) }
                if !session.closed, session.machine.isClosing, events & Int16(POLLHUP | POLLERR) != 0 {
                    remove(session)
                }
                if session.isActive, events & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
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

    private var limits: SubscriberStateMachine.Limits {
        .init(queueLimit: options.queueLimit, pageSize: options.pageSize,
              closeLinger: Self.nanoseconds(options.closeLinger))
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
            do throws(SocketError) {
                try UnixSocket.setNonBlocking(fd, path: options.path)
                try UnixSocket.setCloseOnExec(fd, path: options.path)
            } catch {
                // Never counted: say so, or a client that only sees its end
                // of the stream leaves no trace here (EBADF: something else
                // in the process closed this descriptor).
                logger.warning("subscriber socket: accepted connection closed at once",
                               metadata: ["error": "\(error)"])
                close(fd)
                continue
            }
            let machine = SubscriberStateMachine(limits: limits, lastID: lastPublished,
                                                 graceUntil: Self.now() + Self.nanoseconds(options.subscribeGrace))
            let session = SubscriberSession(number: nextSession, fd: fd, peer: UnixSocket.peer(fd), machine: machine)
            nextSession += 1
            sessions[session.number] = session
            updateCount()
            logger.debug("subscriber connected", metadata: meta(session))
            flush(session)
        }
    }

    private func handle(_ command: Command) {
        switch command {
        case .publish(let batch):
            deliver(batch)
        case .replayPage(let number, let frames, let done):
            guard let session = sessions[number], !session.closed else { done.resume(returning: false); return }
            session.replayWaiter = done
            perform(session.machine.replayPage(frames), on: session)
        case .replayDone(let number, let lastID):
            guard let session = sessions[number] else { return }
            perform(session.machine.replayDone(lastID: lastID), on: session)
        case .replayFailed(let number, let message):
            guard let session = sessions[number], session.isActive else { return }
            logger.error("subscriber replay failed", metadata: meta(session, ["error": "\(message)"]))
            perform(session.machine.replayFailed(message, now: Self.now()), on: session)
        case .status(let number, let line):
            guard let session = sessions[number] else { return }
            perform(session.machine.statusReady(line), on: session)
        case .stop:
            break
        }
    }

    private func deliver(_ batch: [StoredAlert]) {
        let frames = batch.map(Frame.init(alert:))
        if let last = batch.last?.id { lastPublished = max(lastPublished, last) }
        for session in sessions.values where session.isActive {
            perform(session.machine.liveAlerts(frames), on: session)
        }
    }

    /// Carries out what a session's state machine asked for.
    func perform(_ action: SubscriberStateMachine.Action, on session: SubscriberSession) {
        switch action {
        case .none:
            break
        case .flush:
            flush(session)
        case .startReplay(let since, let upTo, let filter):
            logger.debug("subscribe", metadata: meta(session, ["since": "\(since)"]))
            startReplay(session.number, since: since, upTo: upTo, filter: filter)
        case .resumeReplay:
            session.replayWaiter?.resume(returning: true)
            session.replayWaiter = nil
        case .cancelReplay:
            session.cancelReplay()
        case .fetchStatus:
            let number = session.number
            let source = source
            // Every connection hears live alerts; the one asking is not counted.
            let others = max(0, subscriberCount - 1)
            Task { [self] in
                let object = await source.status()
                post(.status(session: number, line: ServerMessage.status(object, subscribers: others)))
            }
        case .sendLastLine:
            session.cancelReplay()
            flush(session)
        case .overflowed(let lastSent):
            shared.withLock { $0.overflowDisconnects += 1 }
            logger.warning("subscriber too slow: queue over \(options.queueLimit); disconnected",
                           metadata: meta(session, ["last_sent": "\(lastSent)"]))
            session.cancelReplay()
            flush(session)
        case .close:
            remove(session)
        }
    }

    /// Poll timeout in ms: until the earliest grace period or linger ends, or for ever.
    private func pollTimeout() -> Int32 {
        guard let earliest = sessions.values.compactMap(\.machine.nextDeadline).min() else { return -1 }
        let now = Self.now()
        return earliest <= now ? 0 : Int32(min((earliest - now) / 1_000_000 + 1, 1000))
    }

    /// Ends the grace periods and lingers that are due.
    private func tickAll() {
        let now = Self.now()
        for session in sessions.values where session.machine.nextDeadline.map({ $0 <= now }) ?? false {
            let action = session.machine.tick(now: now)
            if action == .close {
                logger.debug("closing subscriber that did not read its last line", metadata: meta(session))
            }
            perform(action, on: session)
        }
    }

    /// Monotonic nanoseconds; `package` for the fan-out benchmark's latencies.
    package static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// Writes what the socket takes, then lets the state machine see where
    /// the queue stands (bound, replay flow control, the end of a closing session).
    func flush(_ session: SubscriberSession) {
        guard !session.closed else { return }
        switch session.flush() {
        case .drained, .blocked:
            perform(session.machine.flushed(now: Self.now()), on: session)
        case .failed(let code):
            logger.debug("subscriber write failed", metadata: meta(session, ["error": "\(String(cString: strerror(code)))"]))
            remove(session)
        }
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
