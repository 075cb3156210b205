import FoundationEssentials

/// The daemon's configuration (`tradewatch.toml`, fixed in ../shared/DESIGN.md).
/// Relative paths are already resolved against the config file's folder.
public struct DaemonConfig: Sendable, Equatable {
    var path: String
    package var stateDir: String = "/var/lib/tradewatch"
    package var log: String = "/var/log/tradewatch/alerts.jsonl"
    package var socket: String = "/run/tradewatch/alerts.sock"
    package var socketMode: UInt32 = 0o660
    package var socketGroup: String?
    package var baseline: String = "/usr/share/tradewatch/seeds/baseline.toml"
    package var interval: Duration = .seconds(600)
    package var concurrency: Int = 16
    /// On first contact with a feed, items older than this are marked seen without alerting.
    package var maxAge: Duration = .seconds(14 * 86_400)
    /// Per-request limits.
    package var timeout: Duration = .seconds(30)
    package var connectTimeout: Duration = .seconds(10)
    package var maxBodyBytes: Int = 16 << 20
    /// Alerts queued per socket subscriber before it is disconnected.
    package var subscriberQueue: Int = 1000
    package var feeds: [FeedConfig] = []
    /// `[metrics]`: none by default.
    package var metrics = MetricsConfig()
    /// `[report] path`: the HTML page rewritten after each cycle that raised alerts.
    package var reportPath: String?
    /// `[[sink]]`: webhooks and mail that receive every alert their filters accept.
    package var sinks: [SinkConfig] = []
    /// `[store]`: the cluster's PostgreSQL; nil: SQLite in `stateDir` (ClusterConfig.swift).
    package var store: StoreConfig?
    /// `[node] name`; nil: the host name.
    package var nodeName: String?

    package init(path: String) {
        self.path = path
    }

    /// The interval a feed is polled at.
    package func interval(of feed: FeedConfig) -> Duration { feed.interval ?? interval }
}

/// One `[[feed]]` entry.
package struct FeedConfig: Sendable, Equatable {
    /// http(s) URL, or `file://` URL with an absolute path (relative paths in
    /// the file are resolved and written as `file://` URLs).
    package var url: String
    package var name: String?
    package var interval: Duration?

    package init(url: String, name: String? = nil, interval: Duration? = nil) {
        self.url = url
        self.name = name
        self.interval = interval
    }
}
