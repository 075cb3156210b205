import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A datagram socket standing in for systemd's `$NOTIFY_SOCKET`: collects
/// what a daemon sends with sd_notify.
package final class NotifySocket: Sendable {
    package let path: String
    private let received = Locked<[String]>([])
    private let running = Locked(true)

    package init() throws {
        path = "/tmp/tw-notify-\(UUID().uuidString.prefix(8)).sock"
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in for (i, b) in bytes.enumerated() { raw[i] = b } }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + 1)
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard fd >= 0, rc == 0 else {
            if fd >= 0 { close(fd) }
            throw CocoaError(.fileWriteUnknown)
        }
        // Read as systemd does, at once: the kernel queues only ~10 datagrams.
        // The thread owns the socket and closes it when it stops: closed
        // here while the thread may still call recv (a loaded machine can
        // hold it past any sleep), the number could be another suite's
        // socket by then, whose bytes it would take.
        let (socketFD, received, running) = (fd, received, running)
        Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while running.current {
                let n = recv(socketFD, &buffer, buffer.count, Int32(MSG_DONTWAIT))
                if n > 0 {
                    received.withLock { $0.append(String(decoding: buffer[0..<n], as: UTF8.self)) }
                } else {
                    usleep(5000)
                }
            }
            close(socketFD)
        }.start()
    }

    deinit {
        running.withLock { $0 = false }
        unlink(path)
    }

    /// Every message received so far, in order. A test that expects one
    /// polls (`eventually`) until it is here.
    package func drain() -> [String] {
        received.current
    }
}
