import Model

/// One subscriber's side of the socket protocol, with no I/O: what it is
/// sent and when, from connect through replay to live, and how it ends.
/// The server hands in events (alerts published, lines read, replay pages,
/// bytes written, the clock) and carries out the action each returns, as
/// swift-nio's `HTTPServerPipelineHandler` and swift-service-lifecycle's
/// `ServiceGroup` keep their state apart from their I/O.
///
/// The promise kept here: after a `subscribe` with `since`, every committed
/// alert above `since` that passes the filter goes out once and in id order:
/// the replayed ones, those published meanwhile, `replayed`, then live ones.
struct SubscriberStateMachine {
    struct Limits: Sendable {
        /// Queued lines (live alerts, control lines, held alerts) past which
        /// the subscriber is disconnected with an `overflow` error.
        var queueLimit: Int
        /// Alerts per replay page; the next page is read when half of one is left.
        var pageSize: Int
        /// How long the last line of a closing session may wait for the client to read it (ns).
        var closeLinger: UInt64
    }

    enum State {
        /// No subscribe yet: live alerts go out unfiltered. Until `graceUntil`
        /// (monotonic ns) they wait in `held`, so a client that subscribes
        /// right after connecting gets its replay and the live alerts in id
        /// order. `firstLiveID`: the first live alert sent, so a later
        /// subscribe's replay stops below it.
        case connected(graceUntil: UInt64?, held: [Frame], firstLiveID: Int64?)
        /// A replay runs; live alerts that pass the filter wait in `held`.
        case replaying(filter: AlertFilter, held: [Frame])
        /// Live alerts that pass the filter go out; those at or below `floor`
        /// came with the replay. (A replay below `firstLiveID` may still run.)
        case live(filter: AlertFilter, floor: Int64)
        /// Only the last line (an error) is still to go, until `deadline`
        /// (monotonic ns); nothing else is sent or read.
        case closing(deadline: UInt64)
    }

    enum Action: Equatable {
        case none
        /// Output waits: write what the socket takes, then hand in `flushed()`.
        case flush
        /// Read the committed alerts after `since` (up to `upTo`) that pass
        /// `filter`, and hand them in with `replayPage`, then `replayDone`.
        case startReplay(since: Int64, upTo: Int64?, filter: AlertFilter)
        /// The last replay page is mostly written: the replay may read the next.
        case resumeReplay
        /// The replay's page was refused (the session is closing): stop the replay.
        case cancelReplay
        /// Ask the daemon for its health and hand it in with `statusReady`.
        case fetchStatus
        /// The session is closing: stop a waiting replay, then flush its last line.
        case sendLastLine
        /// `sendLastLine` because the queue went over its bound; `lastSent`:
        /// the last alert the client will have whole.
        case overflowed(lastSent: Int64)
        /// Done: close the socket and forget the session.
        case close
    }

    let limits: Limits
    private(set) var state: State
    private(set) var queue = OutboundQueue()
    /// A replay page was queued and the replay waits for it to drain.
    private var replayWaits = false

    /// A new connection: `hello` is queued; flush it.
    init(limits: Limits, lastID: Int64, graceUntil: UInt64) {
        self.limits = limits
        state = .connected(graceUntil: graceUntil, held: [], firstLiveID: nil)
        queue.append(Frame(id: nil, line: ServerMessage.hello(lastID: lastID)), bounded: true)
    }

    // MARK: what the server asks

    var isClosing: Bool {
        if case .closing = state { return true }
        return false
    }

    var hasOutput: Bool { !queue.isEmpty }

    /// When `tick` has something to do: the grace period's or the linger's end.
    var nextDeadline: UInt64? {
        switch state {
        case .connected(let graceUntil, _, _): return graceUntil
        case .closing(let deadline): return deadline
        case .replaying, .live: return nil
        }
    }

    /// What the queue bound is compared with: queued and held lines.
    var queuedCount: Int {
        switch state {
        case .connected(_, let held, _), .replaying(_, let held): return queue.boundedCount + held.count
        case .live, .closing: return queue.boundedCount
        }
    }

    // MARK: events

    /// Committed alerts, in id order, published live.
    mutating func liveAlerts(_ frames: [Frame]) -> Action {
        switch state {
        case .connected(let graceUntil?, var held, let firstLiveID):
            held += frames
            state = .connected(graceUntil: graceUntil, held: held, firstLiveID: firstLiveID)
        case .connected(nil, let held, var firstLiveID):
            if firstLiveID == nil { firstLiveID = frames.first?.id }
            for frame in frames { queue.append(frame, bounded: true) }
            state = .connected(graceUntil: nil, held: held, firstLiveID: firstLiveID)
        case .replaying(let filter, var held):
            held += frames.filter { $0.passes(filter) }
            state = .replaying(filter: filter, held: held)
        case .live(let filter, let floor):
            let everything = filter.acceptsEverything
            for frame in frames where (frame.id ?? 0) > floor && (everything || frame.passes(filter)) {
                queue.append(frame, bounded: true)
            }
        case .closing:
            return .none
        }
        // Flushed before the bound is checked: what the kernel takes now does not count.
        return .flush
    }

    /// The socket took `bytes` from the front of the queue.
    mutating func wrote(_ bytes: Int) {
        queue.advance(by: bytes)
    }

    /// The server wrote what the socket took.
    mutating func flushed(now: UInt64) -> Action {
        if isClosing { return queue.isEmpty ? .close : .none }
        if queuedCount > limits.queueLimit {
            let lastSent = queue.lastWholeAlert
            beginClosing(ServerMessage.error(
                code: "overflow",
                message: "more than \(limits.queueLimit) alerts queued; reconnect with since=\(lastSent)",
                lastSent: lastSent), now: now)
            return .overflowed(lastSent: lastSent)
        }
        if replayWaits, queue.count <= limits.pageSize / 2 {
            replayWaits = false
            return .resumeReplay
        }
        return .none
    }

    /// The clock moved on: ends the grace period or the linger when due.
    mutating func tick(now: UInt64) -> Action {
        switch state {
        case .connected(let graceUntil?, let held, let firstLiveID) where graceUntil <= now:
            state = .connected(graceUntil: nil, held: [], firstLiveID: firstLiveID ?? held.first?.id)
            for frame in held { queue.append(frame, bounded: true) }
            return .flush
        case .closing(let deadline) where deadline <= now:
            return .close
        default:
            return .none
        }
    }

    /// A line the client sent, parsed.
    mutating func received(_ message: ClientMessage) -> Action {
        if isClosing { return .none }
        switch message {
        case .ping:
            return send(ServerMessage.pong)
        case .status:
            return .fetchStatus
        case .subscribe(let since, let filter):
            return subscribe(since: since, filter: filter)
        }
    }

    /// The daemon's health, asked for by `fetchStatus`, as its line.
    mutating func statusReady(_ line: String) -> Action {
        isClosing ? .none : send(line)
    }

    /// A line that is not a message we know: answered with an error, the
    /// connection stays.
    mutating func badInput(_ error: ProtocolError) -> Action {
        isClosing ? .none : send(ServerMessage.error(code: error.code, message: error.message))
    }

    /// The client sent a line over `maxBytes`: the connection ends.
    mutating func lineTooLong(maxBytes: Int, now: UInt64) -> Action {
        fail(ServerMessage.error(code: "line_too_long", message: "a line may have at most \(maxBytes) bytes"), now: now)
    }

    /// The client closed its end in the middle of a line: the connection ends.
    mutating func closedMidLine(now: UInt64) -> Action {
        fail(ServerMessage.error(code: "incomplete_line", message: "the connection was closed in the middle of a line"),
             now: now)
    }

    /// One page of the replay, filtered already, in id order.
    mutating func replayPage(_ frames: [Frame]) -> Action {
        if isClosing { return .cancelReplay }
        for frame in frames { queue.append(frame, bounded: false) }
        replayWaits = true
        return .flush
    }

    /// The replay sent every matching alert up to `lastID`.
    mutating func replayDone(lastID: Int64) -> Action {
        switch state {
        case .replaying(let filter, let held):
            state = .live(filter: filter, floor: lastID)
            for frame in held where (frame.id ?? 0) > lastID { queue.append(frame, bounded: true) }
        case .live:
            break
        case .connected, .closing:
            return .none
        }
        return send(ServerMessage.replayed(lastID: lastID))
    }

    /// The replay could not read the store: the connection ends.
    mutating func replayFailed(_ message: String, now: UInt64) -> Action {
        fail(ServerMessage.error(code: "replay_failed", message: message, lastSent: queue.lastSent), now: now)
    }

    // MARK: private

    private mutating func subscribe(since: Int64?, filter: AlertFilter) -> Action {
        guard case .connected(_, let held, let firstLiveID) = state else {
            return send(ServerMessage.error(code: "already_subscribed", message: "one subscribe per connection"))
        }
        guard let since, firstLiveID == nil else {
            // Live only, or live alerts already went out: filtered from here on,
            // and a replay (if asked for) only below what was sent live.
            state = .live(filter: filter, floor: 0)
            for frame in held where frame.passes(filter) { queue.append(frame, bounded: true) }
            guard let since, let firstLiveID else { return .flush }
            return .startReplay(since: since, upTo: firstLiveID - 1, filter: filter)
        }
        state = .replaying(filter: filter, held: held.filter { $0.passes(filter) })
        return .startReplay(since: since, upTo: nil, filter: filter)
    }

    private mutating func send(_ line: String) -> Action {
        queue.append(Frame(id: nil, line: line), bounded: true)
        return .flush
    }

    private mutating func fail(_ line: String, now: UInt64) -> Action {
        if isClosing { return .none }
        beginClosing(line, now: now)
        return .sendLastLine
    }

    /// Keeps only the line in progress, queues `line` after it, and stops
    /// sending or reading anything else.
    private mutating func beginClosing(_ line: String, now: UInt64) {
        queue.dropAllButPartial()
        queue.append(Frame(id: nil, line: line), bounded: false)
        replayWaits = false
        state = .closing(deadline: now + limits.closeLinger)
    }
}
