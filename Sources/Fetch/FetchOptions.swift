import Model

/// Limits and identity for every transfer a `Fetcher` makes.
package struct FetchOptions: Sendable, Equatable {
    /// Transfers in flight at once; more requests wait in a queue, and their
    /// timeouts start only when their transfer starts.
    var concurrency: Int
    /// Time allowed to resolve and connect (TCP and TLS).
    var connectTimeout: Duration
    /// Time allowed for the whole transfer, redirects included.
    var totalTimeout: Duration
    /// Largest body accepted, counted on *decoded* bytes so a compressed
    /// bomb stops here too.
    var maxBodyBytes: Int
    /// Redirects followed before giving up (only to http and https).
    var maxRedirects: Int
    /// Sent as `User-Agent`.
    var userAgent: String

    package static let defaultUserAgent = "tradewatch/0.1.0 (+https://github.com/tradewatch/tradewatch)"

    package init(concurrency: Int = 16,
                connectTimeout: Duration = .seconds(10),
                totalTimeout: Duration = .seconds(30),
                maxBodyBytes: Int = 16 << 20,
                maxRedirects: Int = 5,
                userAgent: String = FetchOptions.defaultUserAgent) {
        self.concurrency = max(1, concurrency)
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBodyBytes = max(0, maxBodyBytes)
        self.maxRedirects = max(0, maxRedirects)
        self.userAgent = userAgent
    }
}

extension Duration {
    /// Whole milliseconds, at least 1 so a tiny timeout never means "none" to curl.
    var curlMilliseconds: Int {
        max(1, Int(wholeMilliseconds))
    }
}
