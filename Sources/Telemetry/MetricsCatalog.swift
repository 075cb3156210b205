/// Every metric the daemon exports: its name, type and HELP text, and the
/// buckets of the histograms. The names follow Prometheus' conventions
/// (`_total` counters, base units in the name) so `promtool check metrics`
/// has nothing to say.
enum MetricsCatalog {
    static let fetches = "tradewatch_fetches_total"
    static let fetchDuration = "tradewatch_fetch_duration_seconds"
    static let fetchedBytes = "tradewatch_fetched_bytes_total"
    static let itemsParsed = "tradewatch_items_parsed_total"
    static let alerts = "tradewatch_alerts_total"
    static let feeds = "tradewatch_feeds"
    static let failingFeeds = "tradewatch_failing_feeds"
    static let subscribers = "tradewatch_subscribers"
    static let queueDrops = "tradewatch_subscriber_queue_drops_total"
    static let cycleDuration = "tradewatch_cycle_duration_seconds"
    static let lastCycle = "tradewatch_last_cycle_timestamp_seconds"

    static let help: [String: String] = [
        fetches: "Feed fetches by outcome: the HTTP status (200, 304, http_404...), or network, timeout, too_large, file_error.",
        fetchDuration: "Time from a fetch being queued to its outcome.",
        fetchedBytes: "Feed body bytes received, after decompression.",
        itemsParsed: "Items found in parsed feed bodies.",
        alerts: "Alerts committed, by topic and severity.",
        feeds: "Feeds in the config.",
        failingFeeds: "Feeds whose last fetch failed.",
        subscribers: "Connections to the subscriber socket.",
        queueDrops: "Subscribers disconnected because their queue overflowed.",
        cycleDuration: "Duration of a poll cycle.",
        lastCycle: "When the last poll cycle finished, in seconds since the epoch.",
    ]

    static let fetchBuckets: [Duration] = [
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
        .milliseconds(2500), .seconds(5), .seconds(10), .seconds(30), .seconds(60),
    ]
    static let cycleBuckets: [Duration] = [
        .milliseconds(100), .milliseconds(500), .seconds(1), .seconds(5), .seconds(10), .seconds(30),
        .seconds(60), .seconds(120), .seconds(300),
    ]
}
