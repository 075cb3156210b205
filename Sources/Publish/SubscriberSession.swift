#if canImport(Glibc)
import Glibc
#endif
import Model

/// One connected subscriber, owned by the server's I/O thread: its socket,
/// what it has sent us, what we still have to send it, and where it is in
/// the replay-then-live sequence.
final class SubscriberSession {
    enum Mode {
        /// Connected, no subscribe yet: gets live alerts unfiltered.
        case initial
        /// A replay is running: live alerts are held until it ends.
        case replaying
        /// Streaming live alerts (after the replay, or without one).
        case live
    }

    struct Outgoing {
        let frame: Frame
        /// Counts against the queue bound (live alerts and control lines;
        /// replay pages are flow-controlled instead).
        let bounded: Bool
    }

    let number: Int
    let fd: Int32
    let peer: PeerCredentials?
    var mode: Mode = .initial
    var filter = AlertFilter()
    var filterIsEmpty = true
    /// Live alerts at or below this id were covered by the replay: never sent twice.
    var floor: Int64 = 0
    /// The first live alert sent in `.initial` mode, so a late subscribe's
    /// replay stops below it instead of sending it again.
    var firstInitialID: Int64?
    /// Live alerts that arrived during the replay (filtered already) or
    /// during the grace period after connecting (not filtered yet).
    var held: [HeldAlert] = []
    /// Until then (monotonic ns) live alerts wait in `held` for a subscribe,
    /// so a client that subscribes right after connecting gets its replay and
    /// the live alerts in id order.
    var graceUntil: UInt64
    var readBuffer: [UInt8] = []
    private(set) var out: [Outgoing] = []
    private var head = 0
    /// Bytes of `out[head]` already written.
    private var offset = 0
    private(set) var boundedCount = 0
    /// The id of the last alert completely handed to the kernel.
    private(set) var lastSent: Int64 = 0
    /// The replay task waits here for its page to drain (flow control).
    var replayWaiter: CheckedContinuation<Bool, Never>?
    var closed = false

    init(number: Int, fd: Int32, peer: PeerCredentials?, graceUntil: UInt64) {
        self.graceUntil = graceUntil
        self.number = number
        self.fd = fd
        self.peer = peer
    }

    /// Open and not closing: reads, and gets alerts.
    var isActive: Bool { !closed && closeDeadline == nil }
    var pendingFrames: Int { out.count - head }
    var hasOutput: Bool { head < out.count }
    /// What the queue bound is compared with.
    var queuedCount: Int { boundedCount + held.count }

    func accepts(_ fields: AlertFields?) -> Bool {
        if filterIsEmpty { return true }
        guard let fields else { return false }
        return filter.accepts(fields)
    }

    /// Whether `alert` passes the filter, parsing its record only when there is one.
    func accepts(_ alert: StoredAlert) -> Bool {
        filterIsEmpty || accepts(AlertFields(jsonLine: alert.record))
    }

    func enqueue(_ frame: Frame, bounded: Bool) {
        out.append(Outgoing(frame: frame, bounded: bounded))
        if bounded { boundedCount += 1 }
    }

    enum FlushResult { case drained, blocked, failed(Int32) }

    /// Writes as much as the socket takes now, never blocking.
    func flush() -> FlushResult {
        let batch = 64
        var vectors = [iovec](repeating: iovec(), count: batch)
        while head < out.count {
            let count = min(batch, out.count - head)
            for i in 0..<count {
                let bytes = out[head + i].frame.bytes
                let skip = i == 0 ? offset : 0
                vectors[i] = iovec(iov_base: bytes.baseAddress! + skip, iov_len: bytes.count - skip)
            }
            // sendmsg, not writev: MSG_NOSIGNAL turns a vanished reader into
            // EPIPE instead of a SIGPIPE that would kill the daemon.
            let written = vectors.withUnsafeMutableBufferPointer { iov in
                var message = msghdr()
                message.msg_iov = iov.baseAddress
                message.msg_iovlen = count
                return sendmsg(fd, &message, Int32(MSG_NOSIGNAL))
            }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { return .blocked }
                return .failed(errno)
            }
            advance(by: written)
        }
        return .drained
    }

    private func advance(by written: Int) {
        var left = written
        while left > 0, head < out.count {
            let remaining = out[head].frame.bytes.count - offset
            if left < remaining {
                offset += left
                return
            }
            left -= remaining
            completeHead()
        }
    }

    private func completeHead() {
        let done = out[head]
        if let id = done.frame.id { lastSent = id }
        if done.bounded { boundedCount -= 1 }
        head += 1
        offset = 0
        // Compact now and then so the array does not grow for ever.
        if head == out.count {
            out.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 1024, head * 2 >= out.count {
            out.removeFirst(head)
            head = 0
        }
    }

    /// When set (monotonic ns), the session is closing: only its last line
    /// (an error) is still to be written, until then at the latest.
    var closeDeadline: UInt64?

    /// Starts closing on overflow or bad input: drops what is queued except
    /// the line in progress (so the client never sees half a line before
    /// `line`), then queues `line`. Returns the id of the last alert the
    /// client will have whole.
    @discardableResult
    func beginClosing(with line: String, deadline: UInt64) -> Int64 {
        var keep: [Outgoing] = []
        if offset > 0 { keep.append(out[head]) }
        out = keep
        head = 0
        boundedCount = 0
        held.removeAll()
        let lastWhole = keep.first?.frame.id ?? lastSent
        out.append(Outgoing(frame: Frame(id: nil, line: line), bounded: false))
        closeDeadline = deadline
        return lastWhole
    }

    /// The id of the last alert the client will have whole if the line in
    /// progress is finished.
    var lastWholeAlert: Int64 { offset > 0 ? (out[head].frame.id ?? lastSent) : lastSent }

    func close() {
        guard !closed else { return }
        closed = true
        replayWaiter?.resume(returning: false)
        replayWaiter = nil
        Glibc.close(fd)
        out.removeAll()
        held.removeAll()
    }
}

/// A live alert kept back for a subscriber, with its record for filtering later.
struct HeldAlert {
    let frame: Frame
    let alert: StoredAlert
}
