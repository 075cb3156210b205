#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials
import Model
import Store
import Synchronization

/// The state of a cluster in one PostgreSQL: the SQLite store's tables plus
/// feed leases (one poller per feed), one alert sequence and per-node log
/// marks. Runs on a thread of its own, like `StateStore`: each call waits
/// there on postgres-nio's future, never on the cooperative pool.
///
/// With the server unreachable a call fails within the connect timeout (5 s)
/// or TCP's user timeout (10 s) and commits nothing (`PGSettings`); the next
/// call connects again. The daemon keeps running meanwhile.
package actor PostgresStore: StateStoring {
    package nonisolated let location: String
    nonisolated let node: String
    private let db: PGConnection
    private nonisolated let settings: PGSettings
    private let executor = ThreadExecutor(name: "tradewatch-pg")

    package nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    /// Connects and applies the migrations. `node`: this daemon's `[node] name`.
    init(target: PostgresTarget, node: String) throws(PostgresStoreError) {
        location = target.location
        self.node = node
        settings = Self.settings(target, node: node)
        db = PGConnection(settings, location: target.location)
        do throws(PostgresStoreError) {
            try Self.migrate(db)
        } catch {
            db.close()
            executor.shutdown()
            throw error
        }
    }

    deinit { executor.shutdown() }

    /// How this node connects: TLS as the URL's sslmode says, named in
    /// `pg_stat_activity` as `tradewatch NODE`.
    static func settings(_ target: PostgresTarget, node: String) -> PGSettings {
        PGSettings(target: target, applicationName: "tradewatch " + node)
    }

    /// Applies the migrations above the database's version, up to `target`
    /// (all of them but in tests of an upgrade).
    static func migrate(_ db: PGConnection, to target: Int = PostgresMigrations.all.count) throws(PostgresStoreError) {
        try db.transaction("migrate") { () throws(PostgresStoreError) in
            try db.exec("migrate", "SELECT pg_advisory_xact_lock($1)", [String(PostgresMigrations.lockKey)])
            try db.exec("migrate", "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            let current = Int(try db.exec("migrate", "SELECT COALESCE(MAX(version), 0) FROM schema_version").first?.int(0) ?? 0)
            guard current <= PostgresMigrations.all.count else {
                throw PostgresStoreError(location: db.location, operation: "migrate",
                                         message: "schema version \(current) is newer than this tradewatch knows (\(PostgresMigrations.all.count))")
            }
            for version in current..<max(current, target) {
                for statement in PostgresMigrations.all[version] { try db.exec("migrate", statement) }
                try db.exec("migrate", "DELETE FROM schema_version")
                try db.exec("migrate", "INSERT INTO schema_version VALUES ($1)", [String(version + 1)])
            }
        }
    }

    // MARK: feeds

    private static let feedColumns = """
        url, etag, last_modified, last_attempt, last_success, failures, failing_since, last_error, retry_after,
        body_hash, body_error
        """

    private static func feedRecord(_ row: [String?]) -> FeedRecord {
        var r = FeedRecord(url: row.string(0))
        r.etag = row.text(1)
        r.lastModified = row.text(2)
        r.lastAttempt = row.double(3).map(Date.init(timeIntervalSince1970:))
        r.lastSuccess = row.double(4).map(Date.init(timeIntervalSince1970:))
        r.failures = Int(row.int(5))
        r.failingSince = row.double(6).map(Date.init(timeIntervalSince1970:))
        r.lastError = row.text(7)
        r.retryAfter = row.double(8).map(Date.init(timeIntervalSince1970:))
        r.bodyHash = row.text(9)
        r.bodyError = row.text(10)
        return r
    }

    package func feed(_ url: String) throws(PostgresStoreError) -> FeedRecord? {
        try db.exec("read feed", "SELECT \(Self.feedColumns) FROM feeds WHERE url = $1", [url]).first.map(Self.feedRecord)
    }

    package func feeds() throws(PostgresStoreError) -> [FeedRecord] {
        try db.exec("read feeds", "SELECT \(Self.feedColumns) FROM feeds ORDER BY url").rows.map(Self.feedRecord)
    }

    private static func seconds(_ date: Date?) -> String? { date.map { String($0.timeIntervalSince1970) } }

    package func recordFailure(url: String, error: String, time: Date, retryAfter: Date?) throws(PostgresStoreError) {
        try db.exec("record failure", """
            INSERT INTO feeds (url, last_attempt, failures, failing_since, last_error, retry_after)
            VALUES ($1, $2, 1, $2, $3, $4)
            ON CONFLICT (url) DO UPDATE SET last_attempt = excluded.last_attempt, failures = feeds.failures + 1,
                failing_since = COALESCE(feeds.failing_since, excluded.failing_since),
                last_error = excluded.last_error, retry_after = excluded.retry_after
            """, [url, Self.seconds(time), error, Self.seconds(retryAfter)])
    }

    package func recordUnprocessable(url: String, error: String, time: Date, etag: String?, lastModified: String?,
                                    bodyHash: String) throws(PostgresStoreError) {
        try db.transaction("record unprocessable body") { () throws(PostgresStoreError) in
            try recordFailure(url: url, error: error, time: time, retryAfter: nil)
            try db.exec("record unprocessable body",
                        "UPDATE feeds SET etag = $1, last_modified = $2, body_hash = $3, body_error = $4 WHERE url = $5",
                        [etag, lastModified, bodyHash, error, url])
        }
    }

    private func markHealthy(url: String, etag: String?, lastModified: String?, time: Date) throws(PostgresStoreError) {
        try db.exec("record success", """
            INSERT INTO feeds (url, etag, last_modified, last_attempt, last_success, failures)
            VALUES ($1, $2, $3, $4, $4, 0)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                last_attempt = excluded.last_attempt, last_success = excluded.last_success, failures = 0,
                failing_since = NULL, last_error = NULL, retry_after = NULL
            """, [url, etag, lastModified, Self.seconds(time)])
    }

    package func recordNotModified(url: String, etag: String?, lastModified: String?, time: Date) throws(PostgresStoreError) {
        try markHealthy(url: url, etag: etag, lastModified: lastModified, time: time)
    }

    // MARK: items and alerts

    private static func seen(_ rows: PGRows) -> [String: SeenItem] {
        var seen: [String: SeenItem] = [:]
        for row in rows.rows {
            seen[row.string(0)] = SeenItem(itemID: row.string(0), textHash: row.string(1), claims: row.string(2))
        }
        return seen
    }

    package func seenItems(feed: String) throws(PostgresStoreError) -> [String: SeenItem] {
        Self.seen(try db.exec("read seen items", "SELECT item_id, text_hash, claims FROM seen_items WHERE feed = $1", [feed]))
    }

    package func seenItems(feed: String, ids: [String]) throws(PostgresStoreError) -> [String: SeenItem] {
        Self.seen(try db.exec("read seen items",
                              "SELECT item_id, text_hash, claims FROM seen_items WHERE feed = $1 AND item_id = ANY($2::text[])",
                              [feed, pgArray(ids)]))
    }

    /// One feed in one transaction that first locks this node's lease of it:
    /// without an unexpired lease (another node took the feed) nothing is
    /// written and `LeaseLost` is thrown. Alert ids are taken under a
    /// transaction lock, so they are committed in id order: a node that
    /// reads id N+1 finds N too (or N was rolled back and never comes).
    /// An alert on an (item, topic) the cluster already alerted is left out
    /// of what is committed and returned, and so is the ledger move it made.
    package func commit(_ change: FeedCommit) throws -> [StoredAlert] {
        do {
            return try leasedCommit(change)
        } catch {
            if let lost = error.leaseLost { throw lost }
            throw error
        }
    }

    private func leasedCommit(_ change: FeedCommit) throws(PostgresStoreError) -> [StoredAlert] {
        let node = self.node
        let op = "commit \(change.url)"
        return try db.transaction(op) { () throws(PostgresStoreError) -> [StoredAlert] in
            let held = try db.exec(op, "SELECT 1 FROM leases WHERE feed = $1 AND node = $2 AND expires > now() FOR UPDATE",
                                   [change.url, node])
            guard held.first != nil else {
                let lost = LeaseLost(feed: change.url, node: node)
                throw PostgresStoreError(location: location, operation: op, message: lost.description, leaseLost: lost)
            }
            let t = Self.seconds(change.time)
            for item in change.seen {
                try db.exec(op, """
                    INSERT INTO seen_items (feed, item_id, text_hash, claims, first_seen) VALUES ($1, $2, $3, $4, $5)
                    ON CONFLICT (feed, item_id) DO UPDATE SET text_hash = excluded.text_hash, claims = excluded.claims
                    """, [change.url, item.itemID, item.textHash, item.claims, t])
            }
            var committed: [StoredAlert] = []
            // The id each of `change.alerts` got, by its index; none for one left out.
            var ids: [Int: Int64] = [:]
            if !change.alerts.isEmpty {
                // Under this lock no other commit inserts alerts, so the check
                // below holds until the insert (the unique index backs it).
                try db.exec(op, "SELECT pg_advisory_xact_lock($1)", [String(PostgresMigrations.alertLockKey)])
                for (index, var alert) in change.alerts.enumerated() {
                    let raised = try db.exec(op, """
                        SELECT 1 FROM alerts WHERE feed = $1 AND item_id = $2 AND topic = $3 AND NOT repeats_item_topic
                        """, [change.url, alert.item.id, alert.topic.rawValue])
                    guard raised.first == nil else { continue }
                    alert.id = try db.exec(op, "SELECT nextval('alert_ids')").first?.int(0) ?? 0
                    let stored = StoredAlert(alert)
                    let f = stored.facets
                    try db.exec(op, """
                        INSERT INTO alerts (id, time, feed, item_id, topic, actor, direction, modality, record, node,
                                            severity, title, matched)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                        """, [String(stored.id), Self.seconds(f.time), change.url, alert.item.id, f.topic, f.actor,
                              f.direction, f.modality, stored.record, node, f.severity, f.title, f.matchedJSON])
                    ids[index] = stored.id
                    committed.append(stored)
                }
                // Wakes the other nodes' logs and sockets (delivered at commit).
                if let last = committed.last {
                    try db.exec(op, "SELECT pg_notify('tradewatch_alerts', $1)", [String(last.id)])
                }
            }
            for (entry, index) in change.moves {
                // The move of an alert left out is the other alert's, already made.
                if let index, ids[index] == nil { continue }
                let alertID = index.flatMap { ids[$0] } ?? entry.alertID
                try db.exec(op, """
                    INSERT INTO positions (topic, actor, stance, direction, modality, alert_id, updated)
                    VALUES ($1, $2, $3, $4, $5, $6, $7)
                    ON CONFLICT (topic, actor) DO UPDATE SET stance = excluded.stance, direction = excluded.direction,
                        modality = excluded.modality, alert_id = excluded.alert_id, updated = excluded.updated
                    """, [entry.topic, entry.actor, entry.stance, entry.direction, entry.modality,
                          alertID.map { String($0) }, Self.seconds(entry.updated)])
            }
            try markHealthy(url: change.url, etag: change.etag, lastModified: change.lastModified, time: change.time)
            try db.exec(op, "UPDATE feeds SET body_hash = $1, body_error = NULL WHERE url = $2", [change.bodyHash, change.url])
            return committed
        }
    }

    package func lastAlertID() throws(PostgresStoreError) -> Int64 {
        try db.exec("read last alert id", "SELECT COALESCE(MAX(id), 0) FROM alerts").first?.int(0) ?? 0
    }

    package func alerts(after: Int64, limit: Int = 10_000) throws(PostgresStoreError) -> [StoredAlert] {
        try db.exec("read alerts", """
            SELECT id, record, \(Self.facetColumns) FROM alerts WHERE id > $1 ORDER BY id LIMIT $2
            """, [String(after), String(limit)]).rows.map { row in
            StoredAlert(id: row.int(0), record: row.string(1), facets: Self.facets(row, from: 2))
        }
    }

    /// The columns `facets(_:from:)` reads, in its order.
    static let facetColumns = "time, severity, topic, actor, direction, modality, title, matched"

    /// The facets of an alert row whose `facetColumns` start at column `first`.
    static func facets(_ row: [String?], from first: Int) -> AlertFacets {
        AlertFacets(time: Date(timeIntervalSince1970: row.double(first) ?? 0), severity: row.string(first + 1),
                    topic: row.string(first + 2), actor: row.string(first + 3), direction: row.string(first + 4),
                    modality: row.string(first + 5), title: row.string(first + 6),
                    matched: AlertFacets.matched(fromJSON: row.string(first + 7)))
    }

    package func recentMoves(since time: Date, limit: Int? = nil) throws(PostgresStoreError) -> [AlertedMove] {
        try db.exec("read recent moves", """
            SELECT * FROM (SELECT id, \(Self.facetColumns) FROM alerts
                           WHERE time >= $1 ORDER BY id DESC LIMIT $2) recent ORDER BY id
            """, [Self.seconds(time), limit.map { String($0) }]).rows.map { row in
            AlertedMove(id: row.int(0), facets: Self.facets(row, from: 1))
        }
    }

    package func logHighWater() throws(PostgresStoreError) -> Int64 {
        try db.exec("read log high-water mark", "SELECT high_water FROM node_logs WHERE node = $1", [node]).first?.int(0) ?? 0
    }

    package func setLogHighWater(_ id: Int64) throws(PostgresStoreError) {
        try db.exec("write log high-water mark", """
            INSERT INTO node_logs (node, high_water) VALUES ($1, $2)
            ON CONFLICT (node) DO UPDATE SET high_water = GREATEST(node_logs.high_water, excluded.high_water)
            """, [node, String(id)])
    }

    package func sinkHighWater(_ name: String) throws(PostgresStoreError) -> Int64? {
        try db.exec("read sink mark", "SELECT high_water FROM sink_marks WHERE sink = $1", [name]).first?.int(0)
    }

    package func setSinkHighWater(_ name: String, _ id: Int64) throws(PostgresStoreError) {
        try db.exec("write sink mark", """
            INSERT INTO sink_marks (sink, high_water) VALUES ($1, $2)
            ON CONFLICT (sink) DO UPDATE SET high_water = GREATEST(sink_marks.high_water, excluded.high_water)
            """, [name, String(id)])
    }

    package func ledger() throws(PostgresStoreError) -> [LedgerEntry] {
        try db.exec("read ledger",
                    "SELECT topic, actor, stance, direction, modality, alert_id, updated FROM positions ORDER BY topic, actor")
            .rows.map { row in
                LedgerEntry(topic: row.string(0), actor: row.string(1), stance: row.string(2), direction: row.text(3),
                            modality: row.text(4), alertID: row.text(5).flatMap { Int64($0) },
                            updated: Date(timeIntervalSince1970: row.double(6) ?? 0))
            }
    }

    // MARK: leases

    /// Takes, among `feeds`, every lease this node holds or nobody holds
    /// (none yet, or expired), skipping rows another node has locked
    /// (`FOR UPDATE SKIP LOCKED`), each for its `interval`.
    package func acquireLeases(_ feeds: [(url: String, interval: Duration)]) throws(PostgresStoreError) -> Set<String> {
        guard !feeds.isEmpty else { return [] }
        let urls = pgArray(feeds.map(\.url))
        let ttls = "{" + feeds.map { String($0.interval.components.seconds) }.joined(separator: ",") + "}"
        return try db.transaction("take leases") { () throws(PostgresStoreError) -> Set<String> in
            try db.exec("take leases", """
                INSERT INTO leases (feed, node, expires, ttl, taken)
                SELECT f, '', 'epoch', 0, 'epoch' FROM unnest($1::text[]) AS f ON CONFLICT (feed) DO NOTHING
                """, [urls])
            let rows = try db.exec("take leases", """
                WITH want AS (SELECT * FROM unnest($1::text[], $2::float8[]) AS w(feed, ttl)),
                free AS (SELECT l.feed FROM leases l JOIN want w ON w.feed = l.feed
                         WHERE l.node = $3 OR l.expires < now() FOR UPDATE OF l SKIP LOCKED)
                UPDATE leases l SET node = $3, ttl = w.ttl, expires = now() + w.ttl * interval '1 second',
                    taken = CASE WHEN l.node = $3 AND l.expires >= now() THEN l.taken ELSE now() END
                FROM want w WHERE l.feed = w.feed AND l.feed IN (SELECT feed FROM free)
                RETURNING l.feed
                """, [urls, ttls, node])
            return Set(rows.rows.map { $0.string(0) })
        }
    }

    /// The heartbeat: every lease this node holds runs for its interval from
    /// now, and the node's row says it was seen now (one statement). A node
    /// not seen for `pruneAfter` seconds that holds no lease is gone (a host
    /// retired or renamed) and leaves the list that `tradewatch status` shows.
    package func renewLeases() throws(PostgresStoreError) {
        try renewLeases(pruneAfter: 86_400)
    }

    func renewLeases(pruneAfter: Double) throws(PostgresStoreError) {
        try db.exec("renew leases", """
            WITH beat AS (INSERT INTO nodes (node, last_seen) VALUES ($1, now())
                          ON CONFLICT (node) DO UPDATE SET last_seen = now()),
                 gone AS (DELETE FROM nodes g WHERE g.node <> $1 AND g.last_seen < now() - $2 * interval '1 second'
                          AND NOT EXISTS (SELECT 1 FROM leases l WHERE l.node = g.node AND l.expires > now()))
            UPDATE leases SET expires = now() + ttl * interval '1 second' WHERE node = $1
            """, [node, String(pruneAfter)])
    }

    package func recordCycle(started: Date, finished: Date) throws(PostgresStoreError) {
        try db.exec("record the node's cycle", """
            INSERT INTO nodes (node, last_seen, last_cycle_started, last_cycle_finished) VALUES ($1, now(), $2, $3)
            ON CONFLICT (node) DO UPDATE SET last_seen = now(), last_cycle_started = excluded.last_cycle_started,
                last_cycle_finished = excluded.last_cycle_finished
            """, [node, Self.seconds(started), Self.seconds(finished)])
    }

    /// Every node with a heartbeat row or an unexpired lease, with its
    /// unexpired leases; a lease row nobody took yet (node '') is no node's.
    package func clusterNodes() throws(PostgresStoreError) -> [ClusterNode] {
        let rows = try db.exec("read the cluster's nodes", """
            SELECT n.name, extract(epoch FROM s.last_seen)::float8, extract(epoch FROM now() - s.last_seen)::float8,
                   s.last_cycle_started, s.last_cycle_finished, l.feed, extract(epoch FROM l.expires)::float8
            FROM (SELECT node AS name FROM nodes
                  UNION SELECT node FROM leases WHERE node <> '' AND expires > now()) n
            LEFT JOIN nodes s ON s.node = n.name
            LEFT JOIN leases l ON l.node = n.name AND l.expires > now()
            ORDER BY n.name, l.feed
            """).rows
        var nodes: [ClusterNode] = []
        for row in rows {
            let name = row.string(0)
            if nodes.last?.name != name {
                nodes.append(ClusterNode(name: name, lastSeen: row.double(1).map(Date.init(timeIntervalSince1970:)),
                                         secondsSinceSeen: row.double(2),
                                         lastCycleStarted: row.double(3).map(Date.init(timeIntervalSince1970:)),
                                         lastCycleFinished: row.double(4).map(Date.init(timeIntervalSince1970:)),
                                         leases: []))
            }
            if let feed = row.text(5), let expires = row.double(6) {
                nodes[nodes.count - 1].leases.append(.init(feed: feed, expires: Date(timeIntervalSince1970: expires)))
            }
        }
        return nodes
    }

    /// On a clean stop: this node's leases end now, so the others take its
    /// feeds at their next poll instead of after an interval.
    package func releaseLeases() throws(PostgresStoreError) {
        try db.exec("release leases", "UPDATE leases SET expires = now() WHERE node = $1", [node])
    }

    package nonisolated var sharedByNodes: Bool { true }

    /// A connection of its own, watched by a thread of its own, LISTENs on
    /// `tradewatch_alerts` (each commit with alerts NOTIFYs it): yields once
    /// per notification and once after every (re)connection, so alerts
    /// committed while it was away are read too. Ends when the stream is dropped.
    package nonisolated func alertWakeups() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let ended = LockedFlag()
        continuation.onTermination = { _ in ended.set() }
        let listener = PGConnection(settings, location: location)
        let box = UncheckedBox(listener)
        SystemThread.start(name: "tradewatch-pg-listen") {
            let listener = box.value
            while !ended.isSet {
                do throws(PostgresStoreError) {
                    if listener.isClosed {
                        try listener.listen("listen", channel: "tradewatch_alerts") { continuation.yield() }
                        continuation.yield()
                    }
                } catch {
                    listener.close()
                    usleep(1_000_000)
                }
                // Notifications arrive on the event loop; this thread only
                // notices a closed connection (server gone, keepalive lost).
                usleep(500_000)
            }
            listener.close()
            continuation.finish()
        }
        return stream
    }
}

/// A flag set once, read from another thread.
final class LockedFlag: Sendable {
    private let value = Mutex(false)
    func set() { value.withLock { $0 = true } }
    var isSet: Bool { value.withLock { $0 } }
}

/// Hands a value to the one thread that uses it from then on.
struct UncheckedBox<T>: @unchecked Sendable {
    // @unchecked: the creator never touches `value` after handing it over.
    let value: T
    init(_ value: T) { self.value = value }
}

extension PostgresStore {
    /// `init` off the cooperative pool: connecting and migrating block.
    package static func open(target: PostgresTarget, node: String) async throws(PostgresStoreError) -> PostgresStore {
        let result: Result<PostgresStore, PostgresStoreError> = await withCheckedContinuation { continuation in
            SystemThread.start(name: "tradewatch-pg-open") {
                do throws(PostgresStoreError) {
                    continuation.resume(returning: .success(try PostgresStore(target: target, node: node)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }
}
