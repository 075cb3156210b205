import CoreMetrics
import FoundationEssentials
import Prometheus
import Synchronization

/// The daemon's metrics: swift-metrics instruments backed by one Prometheus
/// registry, made for this daemon and passed down (no global bootstrap).
/// Labels are bounded sets (outcome, topic, severity); nothing per feed, so
/// the exposition stays small at a thousand feeds.
package final class DaemonMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private let factory: HelpfulPrometheusFactory
    private let fetchDuration: CoreMetrics.Timer
    private let fetchedBytes: CoreMetrics.Counter
    private let itemsParsed: CoreMetrics.Counter
    private let feeds: CoreMetrics.Gauge
    private let failingFeeds: CoreMetrics.Gauge
    private let subscribers: CoreMetrics.Gauge
    private let queueDrops: CoreMetrics.Counter
    private let cycleDuration: CoreMetrics.Timer
    private let lastCycle: CoreMetrics.Gauge
    /// The socket server's overflow count when last seen (it counts from its start).
    private let dropsSeen = Mutex(0)

    package init() {
        let factory = HelpfulPrometheusFactory(registry: registry)
        self.factory = factory
        fetchDuration = Timer(label: MetricsCatalog.fetchDuration, factory: factory)
        fetchedBytes = Counter(label: MetricsCatalog.fetchedBytes, factory: factory)
        itemsParsed = Counter(label: MetricsCatalog.itemsParsed, factory: factory)
        feeds = Gauge(label: MetricsCatalog.feeds, factory: factory)
        failingFeeds = Gauge(label: MetricsCatalog.failingFeeds, factory: factory)
        subscribers = Gauge(label: MetricsCatalog.subscribers, factory: factory)
        queueDrops = Counter(label: MetricsCatalog.queueDrops, factory: factory)
        cycleDuration = Timer(label: MetricsCatalog.cycleDuration, factory: factory)
        lastCycle = Gauge(label: MetricsCatalog.lastCycle, factory: factory)
    }

    /// One fetch: its outcome label (the HTTP status, or the failure's kind), time and body bytes.
    package func fetched(outcome: String, elapsed: Duration, bytes: Int) {
        Counter(label: MetricsCatalog.fetches, dimensions: [("outcome", outcome)], factory: factory).increment()
        fetchDuration.recordNanoseconds(Self.nanoseconds(elapsed))
        if bytes > 0 { fetchedBytes.increment(by: bytes) }
    }

    /// Items found in one parsed body.
    package func parsed(items: Int) {
        if items > 0 { itemsParsed.increment(by: items) }
    }

    /// One committed alert.
    package func alert(topic: String, severity: String) {
        Counter(label: MetricsCatalog.alerts, dimensions: [("topic", topic), ("severity", severity)],
                factory: factory).increment()
    }

    /// After a cycle: its duration, when it finished, the feeds and how many fail.
    package func cycle(duration: Duration, finished: Date, feeds: Int, failing: Int) {
        cycleDuration.recordNanoseconds(Self.nanoseconds(duration))
        lastCycle.record(finished.timeIntervalSince1970.rounded(.down))
        self.feeds.record(feeds)
        failingFeeds.record(failing)
    }

    /// The socket: connections now, and the server's overflow disconnects since it started.
    package func socket(subscribers count: Int, overflowDisconnects total: Int) {
        subscribers.record(count)
        let new = dropsSeen.withLock { seen in
            defer { seen = max(seen, total) }
            return max(0, total - seen)
        }
        if new > 0 { queueDrops.increment(by: new) }
    }

    private static func nanoseconds(_ d: Duration) -> Int64 {
        d.components.seconds * 1_000_000_000 + d.components.attoseconds / 1_000_000_000
    }

    /// The Prometheus text exposition (format 0.0.4) of every metric.
    package func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
