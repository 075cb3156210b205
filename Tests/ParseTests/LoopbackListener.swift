import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A TCP socket listening on 127.0.0.1 (any free port) that never answers:
/// tests ask it afterwards whether anyone tried to connect.
final class LoopbackListener {
    let port: UInt16
    private var fd: Int32

    struct Failure: Error { var call: String }

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(call: "socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 8) == 0 else { throw Failure(call: "bind/listen") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        self.fd = fd
        port = UInt16(bigEndian: address.sin_port)
    }

    /// Whether a connection is waiting to be accepted (or was).
    func hadConnection() -> Bool {
        let client = accept(fd, nil, nil)
        if client >= 0 { Glibc.close(client); return true }
        return false
    }

    func close() {
        if fd >= 0 { Glibc.close(fd); fd = -1 }
    }
}
