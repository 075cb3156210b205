import Config
import FoundationEssentials
import Model
import Publish
import Store

/// What the daemon tells about itself: the STATUS= line and the socket's `status`.
extension DaemonRuntime {
    /// For status only (hello, STATUS=): the log's last id when the store cannot say.
    func lastAlertID() async -> Int64 {
        // A cluster's database known to be down is not asked: each try would
        // wait out the PostgreSQL connect timeout, and `status` waits for the answer.
        if cluster.unreachable == nil, let stored = try? await store.lastAlertID() { return stored }
        return await logPublisher.loggedLastID
    }

    /// "3 feeds, 1 failing, last alert #42" for STATUS= and the socket;
    /// ", 2 store errors" when reads of the state database failed feeds.
    package func statusLine() async -> String {
        let failing = health.values.filter { $0.failures > 0 }.count
        let last = await lastAlertID()
        let errors = storeErrors > 0 ? ", \(storeErrors) store error\(storeErrors == 1 ? "" : "s")" : ""
        return "\(config.feeds.count) feeds, \(failing) failing\(errors), last alert #\(last)\(clusterStatus())"
    }

    /// The daemon's health for the socket's `status` answer.
    package func statusReport() async -> StatusReport {
        let now = Date()
        let failing = feedHealth().filter { $0.failures > 0 }
        var report = StatusReport(feeds: config.feeds.count, failingFeeds: failing.map(\.url),
                                  lastCycleStarted: lastCycle?.started, lastCycleFinished: lastCycle?.finished,
                                  lastAlertID: await lastAlertID(), summary: await statusLine())
        report.failures = failing.map {
            StatusReport.Failure(url: $0.url, reason: $0.lastError ?? "unknown", consecutive: $0.failures,
                                 since: $0.failingSince, down: $0.isDown(now: now))
        }
        report.started = startedAt
        report.now = now
        report.lastCycleCounts = lastCycle.map {
            StatusReport.CycleCounts(fetched: $0.fetched, notModified: $0.notModified, failed: $0.failed.count,
                                     newItems: $0.newItems, alerts: $0.alerts)
        }
        if report.lastAlertID > 0, cluster.unreachable == nil,
           let stored = try? await store.alerts(after: report.lastAlertID - 1, limit: 1).first {
            let f = stored.facets
            report.lastAlert = StatusReport.LastAlert(id: stored.id, time: f.time, severity: f.severity,
                                                      topic: f.topic, title: f.title)
        }
        // Only the PostgreSQL store is shared by nodes.
        report.store = store.sharedByNodes ? "postgresql" : "sqlite"
        report.cluster = await clusterReport()
        return report
    }
}
