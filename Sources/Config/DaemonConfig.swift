import FoundationEssentials

/// The daemon's configuration (`tradewatch.toml`, fixed in ../shared/DESIGN.md).
/// Relative paths are already resolved against the config file's folder.
public struct DaemonConfig: Sendable, Equatable {
    public var path: String
    public var stateDir: String = "/var/lib/tradewatch"
    public var log: String = "/var/log/tradewatch/alerts.jsonl"
    public var socket: String = "/run/tradewatch/alerts.sock"
    public var socketMode: UInt32 = 0o660
    public var socketGroup: String?
    public var baseline: String = "/usr/share/tradewatch/seeds/baseline.toml"
    public var interval: Duration = .seconds(600)
    public var concurrency: Int = 16
    /// On first contact with a feed, items older than this are marked seen without alerting.
    public var maxAge: Duration = .seconds(14 * 86_400)
    /// Per-request limits.
    public var timeout: Duration = .seconds(30)
    public var connectTimeout: Duration = .seconds(10)
    public var maxBodyBytes: Int = 16 << 20
    /// Alerts queued per socket subscriber before it is disconnected.
    public var subscriberQueue: Int = 1000
    public var feeds: [FeedConfig] = []
    /// `[metrics]`: none by default.
    public var metrics = MetricsConfig()
    /// `[report] path`: the HTML page rewritten after each cycle that raised alerts.
    public var reportPath: String?
    /// `[[sink]]`: webhooks and mail that receive every alert their filters accept.
    public var sinks: [SinkConfig] = []
    /// `[store]`: the cluster's PostgreSQL; nil: SQLite in `stateDir` (ClusterConfig.swift).
    public var store: StoreConfig?
    /// `[node] name`; nil: the host name.
    public var nodeName: String?

    public init(path: String) {
        self.path = path
    }

    /// The interval a feed is polled at.
    public func interval(of feed: FeedConfig) -> Duration { feed.interval ?? interval }
}

/// One `[[feed]]` entry.
public struct FeedConfig: Sendable, Equatable {
    /// http(s) URL, or `file://` URL with an absolute path (relative paths in
    /// the file are resolved and written as `file://` URLs).
    public var url: String
    public var name: String?
    public var interval: Duration?

    public init(url: String, name: String? = nil, interval: Duration? = nil) {
        self.url = url
        self.name = name
        self.interval = interval
    }
}
