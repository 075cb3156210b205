import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real HTTP/1.1 server on 127.0.0.1 and an ephemeral port, in the test
/// process: an accept loop on its own thread, each connection on its own
/// thread, every response chosen by `handler`. It records what it received.
///
///     let server = try HTTPTestServer { request in .ok("<rss/>") }
///     let result = await fetcher.fetch(FetchRequest(url: server.url("/feed")))
///     #expect(server.requests.first?.header("User-Agent") != nil)
///
/// Stops when `stop()` is called or the server is released.
package final class HTTPTestServer: Sendable {
    package typealias Handler = @Sendable (HTTPTestRequest) -> HTTPTestResponse

    package let port: UInt16
    private let core: HTTPServerCore

    /// Starts listening. With `keepAlive`, a connection serves requests until
    /// the client closes it or asks `Connection: close`; otherwise every
    /// response says `Connection: close`.
    package init(keepAlive: Bool = false, handler: @escaping Handler) throws(HTTPTestServerError) {
        let listener = try Self.listen()
        core = HTTPServerCore(listener: listener.fd, keepAlive: keepAlive, handler: handler)
        port = listener.port
        core.start()
    }

    deinit { core.stop() }

    /// `http://127.0.0.1:<port><path>`.
    package func url(_ path: String = "/") -> String {
        "http://127.0.0.1:\(port)\(path.hasPrefix("/") ? path : "/" + path)"
    }

    /// Every request received so far, in order of arrival.
    package var requests: [HTTPTestRequest] { core.received.current }

    /// Requests whose path (query excluded) is `path`.
    package func requests(to path: String) -> [HTTPTestRequest] {
        requests.filter { $0.path.split(separator: "?", maxSplits: 1).first.map(String.init) == path }
    }

    /// Connections accepted so far.
    package var connectionCount: Int { core.connections.current }

    /// Stops accepting and ends slow, dripping and endless responses.
    package func stop() { core.stop() }

    private static func listen() throws(HTTPTestServerError) -> (fd: Int32, port: UInt16) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .system("socket") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { let error = HTTPTestServerError.system("bind"); close(fd); throw error }
        guard Glibc.listen(fd, 256) == 0 else { let error = HTTPTestServerError.system("listen"); close(fd); throw error }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { let error = HTTPTestServerError.system("getsockname"); close(fd); throw error }
        return (fd, UInt16(bigEndian: address.sin_port))
    }
}

/// Why the test server could not start.
package struct HTTPTestServerError: Error, CustomStringConvertible {
    package let description: String

    package static func system(_ call: String) -> HTTPTestServerError {
        HTTPTestServerError(description: "HTTPTestServer: \(call) failed: \(String(cString: strerror(errno)))")
    }
}
