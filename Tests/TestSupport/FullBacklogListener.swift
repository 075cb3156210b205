import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A port on 127.0.0.1 where a TCP connect hangs until the client gives up:
/// a listener that never accepts, its backlog filled by its own connections,
/// so Linux drops further SYNs. For connect-timeout tests.
package final class FullBacklogListener: Sendable {
    package let port: UInt16
    private let sockets: [Int32]

    package init() throws(HTTPTestServerError) {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw .system("socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let size = socklen_t(MemoryLayout<sockaddr_in>.size)
        var length = size
        let ready = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, size) == 0 && listen(listener, 0) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        guard ready else { let error = HTTPTestServerError.system("bind/listen"); close(listener); throw error }
        var fillers: [Int32] = []
        // Backlog 0 still admits one or two: three fillers make sure it is full.
        for _ in 0..<3 {
            let filler = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
            guard filler >= 0 else { continue }
            _ = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(filler, $0, size) }
            }
            fillers.append(filler)
        }
        usleep(100_000)
        port = UInt16(bigEndian: address.sin_port)
        sockets = [listener] + fillers
    }

    deinit {
        for fd in sockets { close(fd) }
    }

    package func url(_ path: String = "/") -> String { "http://127.0.0.1:\(port)\(path)" }
}
