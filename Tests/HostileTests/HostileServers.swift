import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// One loopback server that misbehaves differently on each path, next to a
/// good feed: the URLs a `scan` or a daemon gets in one go.
final class HostileServers {
    let server: HTTPTestServer
    /// The good feed's URL.
    let good: String
    /// Each misbehaving URL with what it does.
    let bad: [(url: String, what: String)]
    let secretPath: String
    let marker: String
    /// Held while the servers live, so the port keeps refusing.
    private let refused: RefusedPort

    init() throws {
        marker = "TW-SECRET-\(UUID().uuidString)"
        secretPath = FileManager.default.temporaryDirectory.appendingPathComponent("tw-secret-\(UUID().uuidString.prefix(8))").path
        try "root:x:0:0:\(marker):/root\n".write(toFile: secretPath, atomically: true, encoding: .utf8)
        let bomb = try Gzip.zeros(256 << 20)
        let goodBody = GoodFeed.rss(tag: "good", count: 2)
        let secret = secretPath
        server = try HTTPTestServer { request in
            switch request.path {
            case "/good.xml": return .ok(goodBody)
            case "/gzip-bomb":
                return HTTPTestResponse(status: 200, headers: [("Content-Type", "application/rss+xml"),
                                                               ("Content-Encoding", "gzip")], body: .bytes(bomb))
            case "/endless":
                return HTTPTestResponse(status: 200, headers: [("Content-Type", "application/rss+xml")],
                                        body: .endless(chunk: Array(String(repeating: "<item><title>x</title></item>", count: 500).utf8)))
            case "/to-passwd": return .redirect(to: "file:///etc/passwd")
            case "/to-secret": return .redirect(to: "file://\(secret)")
            case "/loop": return .redirect(to: "/loop")
            case "/drip":
                return HTTPTestResponse(status: 200, headers: [("Content-Type", "application/rss+xml")],
                                        body: .drip(Array(goodBody.utf8), interval: .seconds(1)))
            case "/silent":
                return HTTPTestResponse(status: 200, body: .bytes(Array(goodBody.utf8)), delayBeforeHeaders: .seconds(30))
            case "/html": return .ok("<!DOCTYPE html><html><body><p>Sign in</p></body></html>", contentType: "text/html")
            case "/500": return .status(500, text: "boom")
            case "/hang-up": return .hangUp
            case "/garbage": return .raw(Array("SMTP ready\r\n\u{0}\u{1}\u{2}".utf8))
            default: return .status(404)
            }
        }
        good = server.url("/good.xml")
        refused = try RefusedPort()
        bad = [
            (server.url("/gzip-bomb"), "gzip bomb"),
            (server.url("/endless"), "endless body"),
            (server.url("/to-passwd"), "redirect to file:///etc/passwd"),
            (server.url("/to-secret"), "redirect to a local file"),
            (server.url("/loop"), "redirect loop"),
            (server.url("/drip"), "one byte a second"),
            (server.url("/silent"), "no answer"),
            (server.url("/html"), "HTML page"),
            (server.url("/500"), "HTTP 500"),
            (server.url("/missing"), "HTTP 404"),
            (server.url("/hang-up"), "hang-up"),
            (server.url("/garbage"), "garbage reply"),
            ("http://127.0.0.1:\(refused.port)/feed.xml", "refused port"),
            ("https://127.0.0.1:\(server.port)/good.xml", "TLS to a plain-HTTP port"),
        ]
    }

    deinit {
        server.stop()
        try? FileManager.default.removeItem(atPath: secretPath)
    }
}
