import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain client of a Unix stream socket speaking newline-delimited JSON, as
/// `socat - UNIX-CONNECT:PATH` would: for testing the daemon's socket from outside.
///
/// `@unchecked Sendable`: used by one task at a time; `nextLine` hands it to
/// a thread of its own for the blocking read and waits for it.
package final class UnixLineClient: @unchecked Sendable {
    private let fd: Int32
    private var buffer: [UInt8] = []

    package init(path: String) throws {
        // `self.fd` is set only once connected: a class whose stored
        // properties are all set runs `deinit` when its init throws, and a
        // second close there would close whatever descriptor another thread
        // of the test run was given that number meanwhile (the lowest free
        // number is handed out first), a subscriber's socket in another suite.
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in for (i, b) in bytes.enumerated() { raw[i] = b } }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard rc == 0 else {
            close(fd)
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        self.fd = fd
    }

    deinit { close(fd) }

    package func send(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// The next line, or nil after `timeout` seconds or at end of stream.
    package func readLine(timeout: Double = 10) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeFirst(newline + 1)
                return line
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return nil }
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, Int32(left * 1000)) > 0 else { return nil }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = recv(fd, &chunk, chunk.count, 0)
            guard n > 0 else { return nil }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }

    /// Lines until one satisfies `stop` (included), or nil on timeout.
    package func readLines(until stop: (String) -> Bool, timeout: Double = 10) -> [String]? {
        var lines: [String] = []
        let deadline = Date().addingTimeInterval(timeout)
        while let line = readLine(timeout: max(0, deadline.timeIntervalSinceNow)) {
            lines.append(line)
            if stop(line) { return lines }
        }
        return nil
    }
}

extension UnixLineClient {
    /// `readLine` on a thread of its own (`offload`): async tests wait
    /// without holding a cooperative thread.
    package func nextLine(timeout: Double = 30) async -> String? {
        (try? await offload { self.readLine(timeout: timeout) }) ?? nil
    }

    /// `readLines` on a thread of its own.
    package func nextLines(until stop: @escaping @Sendable (String) -> Bool, timeout: Double = 30) async -> [String]? {
        (try? await offload { self.readLines(until: stop, timeout: timeout) }) ?? nil
    }
}
