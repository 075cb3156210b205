import FoundationEssentials
import Model

/// The daemon's health as the socket's `status` answer carries it. The
/// daemon fills it in; `json` is the object text the server's status source returns.
package struct StatusReport: Sendable, Equatable {
    var feeds: Int
    /// URLs of the feeds whose last fetch failed.
    var failingFeeds: [String]
    var lastCycleStarted: Date?
    var lastCycleFinished: Date?
    package var lastAlertID: Int64
    /// The daemon's one-line summary (its STATUS= text).
    var summary: String?
    /// Each failing feed with why it fails, since when, and whether it has
    /// been failing for a day (still tried, less often).
    package var failures: [Failure] = []
    /// What the last cycle did; nil before the first.
    package var lastCycleCounts: CycleCounts?
    /// The newest committed alert; nil when there is none.
    package var lastAlert: LastAlert?
    /// When the daemon started, and the time this report was made (uptime).
    package var started: Date?
    package var now: Date?

    package struct CycleCounts: Sendable, Equatable {
        var fetched: Int
        var notModified: Int
        var failed: Int
        var newItems: Int
        var alerts: Int

        package init(fetched: Int, notModified: Int, failed: Int, newItems: Int, alerts: Int) {
            self.fetched = fetched
            self.notModified = notModified
            self.failed = failed
            self.newItems = newItems
            self.alerts = alerts
        }
    }

    package struct LastAlert: Sendable, Equatable {
        var id: Int64
        var time: Date?
        var severity: String
        var topic: String
        var title: String

        package init(id: Int64, time: Date?, severity: String, topic: String, title: String) {
            self.id = id
            self.time = time
            self.severity = severity
            self.topic = topic
            self.title = title
        }
    }
    /// Each `[[sink]]`: how far it has acknowledged, and whether it fails.
    package var sinks: [SinkState] = []
    /// Which store holds the state: "sqlite" (one host) or "postgresql" (a cluster).
    package var store: String?
    /// On a cluster store, the cluster's nodes and its database; nil on one host.
    package var cluster: ClusterStatus?

    package struct Failure: Sendable, Equatable {
        package var url: String
        package var reason: String
        var consecutive: Int
        var since: Date?
        var down: Bool

        package init(url: String, reason: String, consecutive: Int, since: Date?, down: Bool) {
            self.url = url
            self.reason = reason
            self.consecutive = consecutive
            self.since = since
            self.down = down
        }
    }

    package init(feeds: Int, failingFeeds: [String], lastCycleStarted: Date?, lastCycleFinished: Date?,
                lastAlertID: Int64, summary: String? = nil) {
        self.feeds = feeds
        self.failingFeeds = failingFeeds
        self.lastCycleStarted = lastCycleStarted
        self.lastCycleFinished = lastCycleFinished
        self.lastAlertID = lastAlertID
        self.summary = summary
    }

    package var json: String {
        var w = JSONWriter()
        w.object { w in
            w.field("feeds", feeds)
            w.field("failing", failingFeeds.count)
            w.field("failing_feeds", strings: failingFeeds)
            w.key("last_cycle")
            if lastCycleStarted == nil && lastCycleFinished == nil {
                w.null()
            } else {
                w.object { w in
                    w.field("started", date: lastCycleStarted)
                    w.field("finished", date: lastCycleFinished)
                    if let c = lastCycleCounts {
                        w.field("fetched", c.fetched)
                        w.field("not_modified", c.notModified)
                        w.field("failed", c.failed)
                        w.field("new_items", c.newItems)
                        w.field("alerts", c.alerts)
                    }
                }
            }
            w.field("last_alert_id", lastAlertID)
            w.key("last_alert")
            if let a = lastAlert {
                w.object { w in
                    w.field("id", a.id)
                    w.field("time", date: a.time)
                    w.field("severity", a.severity)
                    w.field("topic", a.topic)
                    w.field("title", a.title)
                }
            } else {
                w.null()
            }
            w.field("started", date: started)
            w.field("uptime_seconds", started.map { Int64((now ?? Date()).timeIntervalSince($0).rounded(.down)) })
            w.field("summary", summary)
            w.key("failures")
            w.array { w in
                for f in failures {
                    w.object { w in
                        w.field("url", f.url)
                        w.field("reason", f.reason)
                        w.field("consecutive", f.consecutive)
                        w.field("since", date: f.since)
                        w.field("down", f.down)
                    }
                }
            }
            w.key("sinks")
            w.array { w in
                for sink in sinks {
                    w.object { w in
                        w.field("name", sink.name)
                        w.field("type", sink.type)
                        w.field("failing", sink.failing)
                        w.field("acknowledged", sink.acknowledged)
                        w.field("delivered", sink.delivered)
                        w.field("consecutive_failures", sink.consecutiveFailures)
                        w.field("failing_since", date: sink.failingSince)
                        w.field("last_error", sink.lastError)
                        w.field("retry_at", date: sink.retryAt)
                    }
                }
            }
            w.field("store", store)
            w.key("cluster")
            if let cluster { cluster.write(to: &w) } else { w.null() }
        }
        return w.output
    }
}
