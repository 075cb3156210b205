import Config
import FoundationEssentials

/// When each feed is polled next: the feeds due now, and when the next one is.
extension DaemonRuntime {
    func dueFeeds(now: Date) -> [FeedConfig] {
        config.feeds.filter { (health[$0.url]?.nextDue ?? now) <= now }
    }

    /// When the next feed is due, nil with no feeds.
    func nextDue() -> Date? {
        health.values.map(\.nextDue).min()
    }
}
