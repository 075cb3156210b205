import FoundationEssentials
import Model

/// The daemon's durable state, whichever database holds it: `StateStore`
/// (SQLite in `state_dir`, one host) or the PostgreSQL store of a cluster
/// (several nodes sharing feeds, leases and one alert sequence).
///
/// Exactly once rests on three promises every implementation keeps: a feed's
/// commit is one transaction; alert ids increase in commit order (a reader
/// never sees id N+1 before N); and the log high-water mark is this node's own.
package protocol StateStoring: _Concurrency.Actor {
    /// Where the state is, for messages (a file path, or a URL without password).
    nonisolated var location: String { get }

    func feed(_ url: String) async throws -> FeedRecord?
    func feeds() async throws -> [FeedRecord]
    func recordFailure(url: String, error: String, time: Date, retryAfter: Date?) async throws
    func recordUnprocessable(url: String, error: String, time: Date, etag: String?, lastModified: String?,
                             bodyHash: String) async throws
    func recordNotModified(url: String, etag: String?, lastModified: String?, time: Date) async throws
    func seenItems(feed: String) async throws -> [String: SeenItem]
    func seenItems(feed: String, ids: [String]) async throws -> [String: SeenItem]
    /// One feed's items, alerts, ledger moves, validators and health in one
    /// transaction; a cluster store also checks this node still holds the
    /// feed's lease, and commits nothing (`LeaseLost`) when it does not.
    /// Returns the committed alerts with their ids, each serialised once
    /// with its facets, in the order of `change.alerts`; a cluster store
    /// leaves out an alert whose (item, topic) the cluster has alerted
    /// already, with the ledger move it made.
    func commit(_ change: FeedCommit) async throws -> [StoredAlert]
    func lastAlertID() async throws -> Int64
    func alerts(after: Int64, limit: Int) async throws -> [StoredAlert]
    func recentMoves(since time: Date, limit: Int?) async throws -> [AlertedMove]
    /// The last alert id this node's log holds.
    func logHighWater() async throws -> Int64
    func setLogHighWater(_ id: Int64) async throws
    func ledger() async throws -> [LedgerEntry]
    /// The last alert id sink `name` acknowledged; nil for a sink never started.
    func sinkHighWater(_ name: String) async throws -> Int64?
    /// Records that sink `name` acknowledged every alert up to `id`; never moves back.
    func setSinkHighWater(_ name: String, _ id: Int64) async throws

    /// Of `feeds` (URL and poll interval), those this node may poll now: all
    /// of them on one host; in a cluster, those whose lease it holds or took
    /// (a lease nobody holds or that expired), each held for its interval.
    func acquireLeases(_ feeds: [(url: String, interval: Duration)]) async throws -> Set<String>
    /// The heartbeat: extends every lease this node holds by its interval and
    /// records that the node is alive (its row in the cluster's node list).
    func renewLeases() async throws
    /// Records in this node's row when its last poll cycle ran (a heartbeat too).
    func recordCycle(started: Date, finished: Date) async throws
    /// The cluster's nodes with their heartbeats and unexpired leases, by
    /// name; empty on one host.
    func clusterNodes() async throws -> [ClusterNode]
    /// On a clean stop: this node's leases end now, so others take its feeds at once.
    func releaseLeases() async throws
    /// True when other nodes share this store (leases, their alerts to deliver).
    nonisolated var sharedByNodes: Bool { get }
    /// Yields when another node may have committed alerts (PostgreSQL's
    /// LISTEN/NOTIFY), and after a reconnection; finishes at once on one host.
    nonisolated func alertWakeups() -> AsyncStream<Void>
}

/// A commit refused because this node no longer holds the feed's lease: another
/// node took the feed (this one was too slow or cut off). Nothing was written.
package struct LeaseLost: Error, CustomStringConvertible, Sendable {
    package let feed: String
    let node: String
    package init(feed: String, node: String) {
        self.feed = feed
        self.node = node
    }
    package var description: String { "node \(node) no longer holds the lease of \(feed): nothing committed" }
}

extension StateStore: StateStoring {
    package nonisolated var location: String { path }

    /// One host polls every feed: nothing to lease.
    package func acquireLeases(_ feeds: [(url: String, interval: Duration)]) -> Set<String> {
        Set(feeds.map(\.url))
    }

    package func renewLeases() {}

    package func recordCycle(started: Date, finished: Date) {}

    package func clusterNodes() -> [ClusterNode] { [] }

    package func releaseLeases() {}

    package nonisolated var sharedByNodes: Bool { false }

    package nonisolated func alertWakeups() -> AsyncStream<Void> {
        AsyncStream { $0.finish() }
    }
}
