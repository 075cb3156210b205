#if canImport(Glibc)
import Glibc
#endif
import Model

/// A client's blocking connection to the subscriber socket, read and
/// written a line at a time. Used by `SubscriberClient` and by tests that
/// speak the protocol by hand.
public final class LineConnection {
    public let path: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEOF = false

    /// Connects to the socket at `path`.
    public init(path: String) throws(SocketError) {
        self.path = path
        fd = try UnixSocket.connect(path)
    }

    deinit { close() }

    public func close() {
        if fd >= 0 { Glibc.close(fd) }
        fd = -1
    }

    /// Sends `text` as is (add the newline yourself).
    public func send(_ text: String) throws(SocketError) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.send(fd, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SocketError(path: path, operation: "send", errno: errno)
            }
            offset += n
        }
    }

    /// Closes the sending side; the server sees end of input.
    public func shutdownWrite() {
        _ = Glibc.shutdown(fd, Int32(SHUT_WR))
    }

    /// The next complete line without its newline; nil at end of stream (a
    /// last line without a newline is dropped: the server was cut off in it).
    /// With `timeout`, throws when no line arrives in time.
    public func readLine(timeout: Duration? = nil) throws(SocketError) -> String? {
        let deadline = timeout.map { ContinuousClock.now + $0 }
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[start..<newline], as: UTF8.self)
                start = newline + 1
                if start > 64 * 1024 {
                    buffer.removeFirst(start)
                    start = 0
                }
                return line
            }
            if atEOF { return nil }
            if let deadline {
                let left = ContinuousClock.now.duration(to: deadline)
                let ms = max(0, left.wholeMilliseconds)
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&p, 1, Int32(min(ms, Int64(Int32.max))))
                if ready < 0, errno == EINTR { continue }
                if ready == 0 { throw SocketError(path: path, operation: "read", reason: "no line within \(timeout!)") }
            }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let n = read(fd, &chunk, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                if errno == ECONNRESET { atEOF = true; continue }
                throw SocketError(path: path, operation: "read", errno: errno)
            }
            if n == 0 { atEOF = true; continue }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }
}
