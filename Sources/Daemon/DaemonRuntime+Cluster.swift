import Config
import FoundationEssentials
import Logging
import Model
import Publish
import Store

/// What a node of a cluster keeps besides the single-host runtime: the last
/// alert id its listeners (the socket) were given, and whether the database answers.
struct ClusterState {
    /// The last alert id handed to the listeners: every node's alerts go out
    /// in id order, each once.
    var delivered: Int64 = 0
    /// The name the store was opened with (`[node] name` at start, else the
    /// host name); a reload does not rename a running node.
    var node = ""
    var delivering = false
    var deliverAgain = false
    /// Why the database does not answer, and since when; nil while it does.
    var unreachable: (since: Date, reason: String)?
    /// Of the feeds due last cycle, how many this node polled (held the lease of).
    var leased = 0
    var leaseLosses = 0
    /// The cluster's nodes as last read for a status answer, and when: what
    /// the status shows while the database does not answer.
    var nodes: [ClusterNode] = []
    var nodesRead: Date?
}

/// The cluster hooks of the runtime (a `[store] url`): one poller per feed
/// through leases, every node's alerts to this node's log and socket, and
/// the database's outages. On one host (SQLite) each is a no-op.
extension DaemonRuntime {
    func startCluster(lastStored: Int64) async {
        guard store.sharedByNodes else { return }
        cluster.delivered = lastStored
        cluster.node = StoreOpener.nodeName(config)
    }

    /// Of `feeds`, those this node holds the lease of. Feeds another node
    /// polls wait an interval (then this node asks again: a dead node's
    /// lease has expired by then). With the database unreachable none is
    /// polled: nothing fetched could be committed.
    func leasedFeeds(_ feeds: [FeedConfig], report: inout CycleReport) async -> [FeedConfig] {
        guard store.sharedByNodes, !feeds.isEmpty else { return feeds }
        let now = Date()
        do {
            // Other nodes move the ledger too: detection starts from the shared one.
            ledger = try await store.ledger()
            let held = try await store.acquireLeases(feeds.map { (url: $0.url, interval: Self.leaseTime(config.interval(of: $0))) })
            databaseAnswered()
            for feed in feeds where !held.contains(feed.url) {
                health[feed.url]?.nextDue = schedule.afterSuccess(now: now, interval: config.interval(of: feed), using: &rng)
            }
            cluster.leased = held.count
            return feeds.filter { held.contains($0.url) }
        } catch {
            databaseFailed(error)
            for feed in feeds {
                report.failed[feed.url] = "database unreachable: \(error)"
                health[feed.url]?.nextDue = schedule.afterFailure(now: now, interval: config.interval(of: feed),
                                                                  failures: 1, retryAfter: nil, using: &rng)
            }
            cluster.leased = 0
            return []
        }
    }

    /// How long a lease runs unrenewed: four fifths of the feed's interval,
    /// so a dead node's feeds are taken within two intervals (the lease, then
    /// the survivor's next poll, up to 10% late with jitter); at least 3 s so
    /// the heartbeat (a third of the shortest interval, every second at the
    /// fastest) renews it well before it ends.
    static func leaseTime(_ interval: Duration) -> Duration { max(interval * 4 / 5, .seconds(3)) }

    /// A commit refused: another node took the feed while this one fetched
    /// it. Nothing was written; the feed is that node's now.
    func leaseLost(_ lost: LeaseLost, feed: FeedConfig, now: Date) {
        cluster.leaseLosses += 1
        logger.notice("lease lost; another node polls this feed", metadata: ["feed": "\(feed.url)", "error": "\(lost)"])
        health[feed.url]?.nextDue = schedule.afterSuccess(now: now, interval: config.interval(of: feed), using: &rng)
    }

    /// Gives the listeners (the socket) every committed alert above the last
    /// one they had, whichever node committed it, in id order; then brings
    /// the log up to date. Calls during a delivery make it run once more.
    func deliverClusterAlerts() async {
        guard store.sharedByNodes else { return }
        if cluster.delivering {
            cluster.deliverAgain = true
            return
        }
        cluster.delivering = true
        defer { cluster.delivering = false }
        repeat {
            cluster.deliverAgain = false
            do {
                while true {
                    let batch = try await store.alerts(after: cluster.delivered, limit: 1000)
                    guard let last = batch.last else { break }
                    cluster.delivered = last.id
                    for listener in listeners { listener(batch) }
                }
                databaseAnswered()
            } catch {
                databaseFailed(error)
                return
            }
            await logPublisher.publish()
        } while cluster.deliverAgain
    }

    /// The node's background work in a cluster, until cancelled: the lease
    /// heartbeat (a third of the shortest interval), delivery of other nodes'
    /// alerts when the database notifies (and every few seconds, should a
    /// notification be lost), and on a clean stop the release of its leases.
    func runClusterTasks() async {
        guard store.sharedByNodes else { return }
        let store = self.store
        let shortest = config.feeds.map { config.interval(of: $0) }.min() ?? config.interval
        let beat = max(.seconds(1), shortest / 3)
        await withDiscardingTaskGroup { group in
            group.addTask {
                while !Task.isCancelled {
                    await self.renewLeases()
                    try? await Task.sleep(for: beat)
                }
            }
            group.addTask {
                for await _ in store.alertWakeups() { await self.deliverClusterAlerts() }
            }
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(5))
                    await self.deliverClusterAlerts()
                }
            }
        }
        // Not cancelled with the group: a new task.
        await Task { try? await store.releaseLeases() }.value
    }

    /// After `run --once`: the feeds are free for the other nodes at once.
    func releaseClusterLeases() async {
        guard store.sharedByNodes else { return }
        try? await store.releaseLeases()
    }

    private func renewLeases() async {
        do {
            try await store.renewLeases()
            databaseAnswered()
        } catch {
            databaseFailed(error)
        }
    }

    func databaseFailed(_ error: any Error) {
        guard cluster.unreachable == nil else { return }
        cluster.unreachable = (Date(), "\(error)")
        logger.error("database unreachable: polling nothing until it answers; alerts stay where they are",
                     metadata: ["store": "\(store.location)", "error": "\(error)"])
    }

    func databaseAnswered() {
        guard let down = cluster.unreachable else { return }
        cluster.unreachable = nil
        logger.notice("database answers again", metadata: [
            "store": "\(store.location)", "down_seconds": "\(Int(Date().timeIntervalSince(down.since)))"])
    }

    /// After a cycle: this node's row in the cluster's node list says when
    /// it ran. Skipped while the database does not answer (the heartbeat
    /// finds out when it does); the next cycle writes it again.
    func recordClusterCycle(_ report: CycleReport) async {
        guard store.sharedByNodes, cluster.unreachable == nil else { return }
        do {
            try await store.recordCycle(started: report.started, finished: report.finished)
        } catch {
            databaseFailed(error)
        }
    }

    /// The cluster for the socket's status: read afresh while the database
    /// answers; while it does not, the list last read (without waiting for
    /// a connection that cannot be made), with when it was read.
    func clusterReport() async -> ClusterStatus? {
        guard store.sharedByNodes else { return nil }
        if cluster.unreachable == nil {
            do {
                cluster.nodes = try await store.clusterNodes()
                cluster.nodesRead = Date()
            } catch {
                databaseFailed(error)
            }
        }
        return ClusterStatus(
            node: cluster.node, database: store.location,
            unreachableSince: cluster.unreachable?.since, unreachableReason: cluster.unreachable?.reason,
            nodesRead: cluster.nodesRead, nodes: cluster.nodes)
    }

    /// ", node watch-a polled 12 feeds last cycle" and the database's outage, for STATUS= and the socket.
    func clusterStatus() -> String {
        guard store.sharedByNodes else { return "" }
        var text = ", node \(cluster.node) polled \(cluster.leased) feeds last cycle"
        if let down = cluster.unreachable {
            text += ", database unreachable since \(Timestamp.rfc3339(down.since)): \(down.reason)"
        }
        return text
    }
}
