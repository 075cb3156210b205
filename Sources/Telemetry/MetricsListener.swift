#if canImport(Glibc)
import Glibc
#endif
import Model

/// `GET /metrics` over HTTP/1.1 on a loopback address (`[metrics] listen`),
/// one connection at a time on a thread of its own: a scraper every few
/// seconds needs no more. Every answer closes its connection.
///
/// `@unchecked Sendable`: `fd` is set once in `init`; the thread owns the
/// socket after `start`, and `stop` only shuts it down, which ends `accept`.
package final class MetricsListener: @unchecked Sendable {
    let address: String
    private let fd: Int32
    private let exposition: @Sendable () -> [UInt8]

    /// Binds and listens on `octets`:`port` (IPv4).
    package init(octets: [UInt8], port: UInt16, exposition: @escaping @Sendable () -> [UInt8]) throws(MetricsWriteError) {
        address = octets.map(String.init).joined(separator: ".") + ":\(port)"
        self.exposition = exposition
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw MetricsWriteError(path: address, operation: "socket", code: errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var sin = sockaddr_in()
        sin.sin_family = sa_family_t(AF_INET)
        sin.sin_port = port.bigEndian
        sin.sin_addr.s_addr = (UInt32(octets[0]) << 24 | UInt32(octets[1]) << 16 | UInt32(octets[2]) << 8 | UInt32(octets[3])).bigEndian
        let bound = withUnsafePointer(to: &sin) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            let code = errno
            close(fd)
            throw MetricsWriteError(path: address, operation: "bind", code: code)
        }
    }

    package func start() {
        SystemThread.start(name: "tw-metrics") { [self] in
            while true {
                // accept4 needs _GNU_SOURCE, which Glibc's module does not give Swift.
                let client = accept(fd, nil, nil)
                if client < 0 {
                    if errno == EINTR || errno == ECONNABORTED { continue }
                    break  // shut down by `stop`
                }
                _ = fcntl(client, F_SETFD, FD_CLOEXEC)
                serve(client)
                close(client)
            }
            close(fd)
        }
    }

    /// Ends the accept loop; the thread closes the socket.
    package func stop() {
        shutdown(fd, Int32(SHUT_RDWR))
    }

    private func serve(_ client: Int32) {
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var request: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while request.count < 16 * 1024, !Self.headersEnd(request) {
            let n = recv(client, &chunk, chunk.count, 0)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return }
            request += chunk[0..<n]
        }
        let line = request.split(separator: 0x0A, maxSplits: 1).first.map { String(decoding: $0, as: UTF8.self) } ?? ""
        let parts = line.split(separator: " ")
        let response: [UInt8]
        if parts.count >= 2, parts[0] == "GET", parts[1] == "/metrics" || parts[1].hasPrefix("/metrics?") {
            response = Self.response(status: "200 OK", type: "text/plain; version=0.0.4; charset=utf-8", body: exposition())
        } else if parts.first == "GET" {
            response = Self.response(status: "404 Not Found", type: "text/plain", body: Array("metrics are at /metrics\n".utf8))
        } else {
            response = Self.response(status: "405 Method Not Allowed", type: "text/plain", body: Array("GET /metrics\n".utf8))
        }
        var offset = 0
        while offset < response.count {
            let n = response.withUnsafeBytes { send(client, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return }
            offset += n
        }
    }

    static func headersEnd(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        for i in 0...(bytes.count - 4) where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 {
            return true
        }
        return false
    }

    static func response(status: String, type: String, body: [UInt8]) -> [UInt8] {
        Array("HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n".utf8) + body
    }
}
