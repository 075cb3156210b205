#if canImport(Glibc)
import Glibc
#endif
import Model

/// One connected subscriber, owned by the server's I/O thread: its socket,
/// the bytes it sent that make no line yet, the replay task waiting on it,
/// and its protocol state (`SubscriberStateMachine`), which decides what it
/// is sent; this class only writes it.
final class SubscriberSession {
    let number: Int
    let fd: Int32
    let peer: PeerCredentials?
    var machine: SubscriberStateMachine
    var readBuffer: [UInt8] = []
    /// The replay task waits here for its page to drain (flow control).
    var replayWaiter: CheckedContinuation<Bool, Never>?
    private(set) var closed = false

    init(number: Int, fd: Int32, peer: PeerCredentials?, machine: SubscriberStateMachine) {
        self.number = number
        self.fd = fd
        self.peer = peer
        self.machine = machine
    }

    /// Open and not closing: reads, and gets alerts.
    var isActive: Bool { !closed && !machine.isClosing }

    enum FlushResult { case drained, blocked, failed(Int32) }

    /// Writes as much of the queue as the socket takes now, never blocking.
    func flush() -> FlushResult {
        let batch = 64
        var vectors = [iovec](repeating: iovec(), count: batch)
        while !machine.queue.isEmpty {
            var count = 0
            machine.queue.forEachPending(limit: batch) { i, bytes in
                vectors[i] = iovec(iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress), iov_len: bytes.count)
                count = i + 1
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
            machine.wrote(written)
        }
        return .drained
    }

    /// Stops a replay that waits for this session to drain.
    func cancelReplay() {
        replayWaiter?.resume(returning: false)
        replayWaiter = nil
    }

    func close() {
        guard !closed else { return }
        closed = true
        cancelReplay()
        Glibc.close(fd)
    }
}
