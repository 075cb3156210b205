import Config
import Fetch
import FoundationEssentials
import Logging

/// SIGHUP: the log reopened and the new config's feeds taken, without a restart.
extension DaemonRuntime {
    /// SIGHUP: reopens the log (after logrotate) and takes the new config's
    /// feeds, intervals and limits. State dir and log path changes need a restart.
    func reload(_ newConfig: DaemonConfig) async {
        // First, and whatever a running cycle is doing: logrotate may compress
        // or remove the renamed file as soon as the reload was sent.
        await logPublisher.reopen()
        let now = Date()
        var newHealth: [String: FeedHealth] = [:]
        for feed in newConfig.feeds {
            newHealth[feed.url] = health[feed.url] ?? FeedHealth(url: feed.url, name: feed.name, nextDue: now, failures: 0)
            newHealth[feed.url]?.name = feed.name
        }
        let added = newConfig.feeds.filter { health[$0.url] == nil }.count
        let removed = config.feeds.filter { newHealth[$0.url] == nil }.count
        health = newHealth
        if Self.fetchOptions(newConfig) != fetcher.options { fetcher = Fetcher(options: Self.fetchOptions(newConfig)) }
        config = newConfig
        logger.info("config reloaded", metadata: ["feeds": "\(newConfig.feeds.count)", "added": "\(added)",
                                                  "removed": "\(removed)"])
        await logPublisher.publish()
    }
}
