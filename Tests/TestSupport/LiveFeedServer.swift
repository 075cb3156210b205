import Foundation

/// An RSS feed on the loopback test server whose items tests can add while
/// a daemon polls it. Answers conditional GETs with 304 when unchanged.
package final class LiveFeedServer: Sendable {
    package struct Item: Sendable {
        package var guid: String
        package var title: String
        package var description: String
        package var published: Date

        package init(guid: String, title: String, description: String = "", published: Date = Date()) {
            self.guid = guid
            self.title = title
            self.description = description
            self.published = published
        }
    }

    private let items = Locked<[Item]>([])
    private let server: HTTPTestServer

    package init(items initial: [Item] = []) throws {
        let items = self.items
        items.withLock { $0 = initial }
        server = try HTTPTestServer(keepAlive: true) { request in
            let body = LiveFeedServer.render(items.current)
            let etag = "\"\(body.utf8.count)-\(items.current.count)\""
            if request.header("If-None-Match") == etag { return .status(304, headers: [("ETag", etag)]) }
            return .ok(body, headers: [("ETag", etag)])
        }
    }

    package var url: String { server.url("/feed.xml") }

    /// Requests that carried a validator and were answered 304.
    package var conditionalRequests: Int { server.requests.filter { $0.header("If-None-Match") != nil }.count }

    package func add(_ item: Item) { items.withLock { $0.insert(item, at: 0) } }

    package var count: Int { items.current.count }

    package func stop() { server.stop() }

    static func render(_ items: [Item]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Live test feed</title><link>http://127.0.0.1/</link>
            <description>items added by the test</description>

            """
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        for item in items {
            xml += "<item><guid isPermaLink=\"false\">\(escape(item.guid))</guid><title>\(escape(item.title))</title>"
            xml += "<link>http://127.0.0.1/items/\(escape(item.guid))</link>"
            xml += "<description>\(escape(item.description))</description>"
            xml += "<pubDate>\(formatter.string(from: item.published))</pubDate></item>\n"
        }
        return xml + "</channel></rss>\n"
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
