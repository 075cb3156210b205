#if canImport(Glibc)
import Glibc
#endif
import Model
import SystemPackage

/// A client's blocking connection to the subscriber socket, read and
/// written a line at a time. Used by `SubscriberClient` and by tests that
/// speak the protocol by hand.
package final class LineConnection {
    let path: String
    /// Nil after `close`.
    private var fd: FileDescriptor?
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEOF = false

    /// Connects to the socket at `path`.
    package init(path: String) throws(SocketError) {
        self.path = path
        fd = FileDescriptor(rawValue: try UnixSocket.connect(path))
    }

    deinit { close() }

    package func close() {
        try? fd?.close()
        fd = nil
    }

    /// Sends `text` as is (add the newline yourself). A server gone away is
    /// an error here (EPIPE), never a SIGPIPE that kills the client.
    package func send(_ text: String) throws(SocketError) {
        let fd = try descriptor(for: "send")
        do throws(Errno) {
            try fd.writeAllWithoutSIGPIPE(Array(text.utf8))
        } catch {
            throw SocketError(path: path, operation: "send", errno: error.rawValue)
        }
    }

    /// The connection's descriptor, or an error naming `operation` after `close`.
    private func descriptor(for operation: String) throws(SocketError) -> FileDescriptor {
        guard let fd else { throw SocketError(path: path, operation: operation, errno: EBADF) }
        return fd
    }

    /// Closes the sending side; the server sees end of input.
    package func shutdownWrite() {
        if let fd { _ = Glibc.shutdown(fd.rawValue, Int32(SHUT_WR)) }
    }

    /// The next complete line without its newline; nil at end of stream (a
    /// last line without a newline is dropped: the server was cut off in it).
    /// With `timeout`, throws when no line arrives in time.
    package func readLine(timeout: Duration? = nil) throws(SocketError) -> String? {
        let fd = try descriptor(for: "read")
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
                var p = pollfd(fd: fd.rawValue, events: Int16(POLLIN), revents: 0)
                let ready = poll(&p, 1, Int32(min(ms, Int64(Int32.max))))
                if ready < 0, errno == EINTR { continue }
                if ready == 0 { throw SocketError(path: path, operation: "read", reason: "no line within \(timeout!)") }
            }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let n: Int
            do {
                n = try chunk.withUnsafeMutableBytes { try fd.read(into: $0) }
            } catch Errno.connectionReset {
                atEOF = true
                continue
            } catch {
                // swift-system throws nothing but Errno; its signatures are untyped.
                throw SocketError(path: path, operation: "read", errno: (error as? Errno)?.rawValue ?? EIO)
            }
            if n == 0 { atEOF = true; continue }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }
}
