#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials
import Model

/// The daemon's durable state in `<state_dir>/state.db` (SQLite, WAL):
/// feeds and their validators, seen items, alerts, the positions ledger.
/// Holds no trade-policy rules: it stores what the daemon decided.
///
/// Runs on a thread of its own (`ThreadExecutor`): a call that waits on a
/// lock (busy timeout) or the disk never holds a cooperative thread.
package actor StateStore {
    static let fileName = "state.db"
    private let db: SQLiteConnection
    nonisolated let path: String
    private let faults: StoreFaults?
    private let executor = ThreadExecutor(name: "tradewatch-db")

    package nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    /// Opens (creating if needed) the state in `directory`. A file that is not
    /// a tradewatch state database is an error naming it, never a silent
    /// fresh start. `faults`: operations tests make fail (`StoreFaults`).
    package init(directory: String, faults: StoreFaults? = nil) throws(StateDatabaseError) {
        self.faults = faults
        try FileManager.default.createDirectoryOrThrow(directory)
        path = directory.hasSuffix("/") ? directory + Self.fileName : directory + "/" + Self.fileName
        do throws(SQLiteError) {
            db = try SQLiteConnection(path: path)
        } catch {
            throw .sqlite(error)
        }
        do throws(StateDatabaseError) {
            let damage: String?
            do throws(SQLiteError) {
                try db.execute("PRAGMA journal_mode = WAL")
                // WAL + NORMAL: a commit survives a process crash (kill -9); only
                // an OS crash can lose the last commits, and the log then repeats
                // nothing because it is fed from the store.
                try db.execute("PRAGMA synchronous = NORMAL")
                try db.execute("PRAGMA foreign_keys = ON")
                // The daemon reads each feed's rows once per changed body; a page
                // cache of 512 KiB (default 2 MiB) keeps its resident memory small.
                try db.execute("PRAGMA cache_size = -512")
                let check = try db.prepare("PRAGMA quick_check")
                damage = try check.step() ? check.text(0).flatMap { $0 == "ok" ? nil : $0 } : nil
            } catch {
                throw .sqlite(error)
            }
            if let damage { throw .damaged(path: path, check: damage) }
            try Migrations.apply(to: db)
        } catch {
            db.close()
            executor.shutdown()
            throw error
        }
    }

    deinit { executor.shutdown() }

    // MARK: feeds

    package func feed(_ url: String) throws(SQLiteError) -> FeedRecord? {
        try faults?.check(.feed, path: path)
        return try record(url)
    }

    package func feeds() throws(SQLiteError) -> [FeedRecord] {
        let urls = try db.withStatement("SELECT url FROM feeds ORDER BY url") { q throws(SQLiteError) in
            var urls: [String] = []
            while try q.step() { urls.append(q.text(0) ?? "") }
            return urls
        }
        var records: [FeedRecord] = []
        for url in urls { if let r = try record(url) { records.append(r) } }
        return records
    }

    private func record(_ url: String) throws(SQLiteError) -> FeedRecord? {
        try db.withStatement("""
            SELECT etag, last_modified, last_attempt, last_success, failures, failing_since, last_error,
                   retry_after, body_hash, body_error
            FROM feeds WHERE url = ?
            """) { q throws(SQLiteError) -> FeedRecord? in
            try q.bind([.text(url)])
            guard try q.step() else { return nil }
            var r = FeedRecord(url: url)
            r.etag = q.text(0)
            r.lastModified = q.text(1)
            r.lastAttempt = q.date(2)
            r.lastSuccess = q.date(3)
            r.failures = Int(q.int(4))
            r.failingSince = q.date(5)
            r.lastError = q.text(6)
            r.retryAfter = q.date(7)
            r.bodyHash = q.text(8)
            r.bodyError = q.text(9)
            return r
        }
    }

    /// A fetch that failed: counts the failure, keeps the validators.
    package func recordFailure(url: String, error: String, time: Date, retryAfter: Date?) throws(SQLiteError) {
        try ensureFeed(url)
        try db.run("""
            UPDATE feeds SET last_attempt = ?, failures = failures + 1,
                failing_since = COALESCE(failing_since, ?), last_error = ?, retry_after = ?
            WHERE url = ?
            """, [.double(time.timeIntervalSince1970), .double(time.timeIntervalSince1970),
                      .text(error), .optional(retryAfter?.timeIntervalSince1970), .text(url)])
    }

    /// A body that could not be processed: counts the failure like
    /// `recordFailure`, and keeps the body's validators and hash with the
    /// reason, so the next fetch is conditional and the same bytes are not
    /// parsed again (`FeedRecord.bodyError`).
    package func recordUnprocessable(url: String, error: String, time: Date, etag: String?, lastModified: String?,
                                    bodyHash: String) throws(SQLiteError) {
        try db.transaction { () throws(SQLiteError) in
            try recordFailure(url: url, error: error, time: time, retryAfter: nil)
            try db.run("UPDATE feeds SET etag = ?, last_modified = ?, body_hash = ?, body_error = ? WHERE url = ?",
                       [.optional(etag), .optional(lastModified), .text(bodyHash), .text(error), .text(url)])
        }
    }

    /// A 304: the feed is healthy and unchanged.
    package func recordNotModified(url: String, etag: String?, lastModified: String?, time: Date) throws(SQLiteError) {
        try ensureFeed(url)
        try markHealthy(url: url, etag: etag, lastModified: lastModified, time: time)
    }

    // MARK: items and alerts

    /// Every item of `feed` seen so far, by item id.
    package func seenItems(feed: String) throws(SQLiteError) -> [String: SeenItem] {
        try faults?.check(.seenItems, path: path)
        return try db.withStatement("SELECT item_id, text_hash, claims FROM seen_items WHERE feed = ?") {
            q throws(SQLiteError) in
            try q.bind([.text(feed)])
            var seen: [String: SeenItem] = [:]
            while try q.step() {
                let id = q.text(0) ?? ""
                seen[id] = SeenItem(itemID: id, textHash: q.text(1) ?? "", claims: q.text(2) ?? "")
            }
            return seen
        }
    }

    /// The seen items of `feed` among `ids` (the items its body holds now),
    /// by item id: what a cycle needs, whatever the feed's history holds.
    package func seenItems(feed: String, ids: [String]) throws(SQLiteError) -> [String: SeenItem] {
        try faults?.check(.seenItems, path: path)
        return try db.withStatement("SELECT text_hash, claims FROM seen_items WHERE feed = ? AND item_id = ?") {
            q throws(SQLiteError) in
            var seen: [String: SeenItem] = [:]
            for id in ids where seen[id] == nil {
                try q.bind([.text(feed), .text(id)])
                if try q.step() { seen[id] = SeenItem(itemID: id, textHash: q.text(0) ?? "", claims: q.text(1) ?? "") }
            }
            return seen
        }
    }

    /// Commits one fetched feed in one transaction: items seen, alerts stored
    /// (ids assigned here, strictly increasing), ledger moved, validators and
    /// health saved. Returns the alerts with their ids.
    package func commit(_ change: FeedCommit) throws(SQLiteError) -> [StoredAlert] {
        try faults?.check(.commit, path: path)
        return try db.transaction { () throws(SQLiteError) -> [StoredAlert] in
            try ensureFeed(change.url)
            let t = change.time.timeIntervalSince1970
            try db.withStatement("""
                INSERT INTO seen_items (feed, item_id, text_hash, claims, first_seen) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (feed, item_id) DO UPDATE SET text_hash = excluded.text_hash,
                    claims = excluded.claims
                """) { markSeen throws(SQLiteError) in
                for item in change.seen {
                    try markSeen.run([.text(change.url), .text(item.itemID), .text(item.textHash),
                                      .text(item.claims), .double(t)])
                }
            }
            var next = try nextAlertID()
            var committed: [StoredAlert] = []
            try db.withStatement("""
                INSERT INTO alerts (id, time, feed, item_id, topic, actor, direction, modality, record,
                                    severity, title, matched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """) { insert throws(SQLiteError) in
                for var alert in change.alerts {
                    alert.id = next
                    next += 1
                    let stored = StoredAlert(alert)
                    let f = stored.facets
                    try insert.run([.int(stored.id), .double(f.time.timeIntervalSince1970), .text(change.url),
                                    .text(alert.item.id), .text(f.topic), .text(f.actor), .text(f.direction),
                                    .text(f.modality), .text(stored.record), .text(f.severity), .text(f.title),
                                    .text(f.matchedJSON)])
                    committed.append(stored)
                }
            }
            try db.withStatement("""
                INSERT INTO positions (topic, actor, stance, direction, modality, alert_id, updated)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (topic, actor) DO UPDATE SET stance = excluded.stance,
                    direction = excluded.direction, modality = excluded.modality,
                    alert_id = excluded.alert_id, updated = excluded.updated
                """) { move throws(SQLiteError) in
                for (entry, index) in change.moves {
                    let alertID = index.map { committed[$0].id } ?? entry.alertID
                    try move.run([.text(entry.topic), .text(entry.actor), .text(entry.stance),
                                  .optional(entry.direction), .optional(entry.modality),
                                  alertID.map { .int($0) } ?? .null, .double(entry.updated.timeIntervalSince1970)])
                }
            }
            try markHealthy(url: change.url, etag: change.etag, lastModified: change.lastModified, time: change.time)
            try db.run("UPDATE feeds SET body_hash = ?, body_error = NULL WHERE url = ?",
                       [.optional(change.bodyHash), .text(change.url)])
            return committed
        }
    }

    /// The highest committed alert id, 0 when there is none.
    package func lastAlertID() throws(SQLiteError) -> Int64 {
        try db.withStatement("SELECT COALESCE(MAX(id), 0) FROM alerts") { q throws(SQLiteError) in
            _ = try q.step()
            return q.int(0)
        }
    }

    /// Committed alerts with id > `after`, in id order.
    package func alerts(after: Int64, limit: Int = 10_000) throws(SQLiteError) -> [StoredAlert] {
        try faults?.check(.alerts, path: path)
        return try StoreQueries.alerts(db, after: after, limit: limit)
    }

    /// The moves alerted since `time`, in id order: what a new alert may be a
    /// repeat of. With `limit`, only the last `limit` of them.
    package func recentMoves(since time: Date, limit: Int? = nil) throws(SQLiteError) -> [AlertedMove] {
        try faults?.check(.recentMoves, path: path)
        return try db.withStatement("""
            SELECT * FROM (SELECT id, \(StoreQueries.facetColumns) FROM alerts
                           WHERE time >= ? ORDER BY id DESC LIMIT ?) ORDER BY id
            """) { q throws(SQLiteError) in
            try q.bind([.double(time.timeIntervalSince1970), .int(Int64(limit ?? -1))])
            var out: [AlertedMove] = []
            while try q.step() { out.append(AlertedMove(id: q.int(0), facets: StoreQueries.facets(q, from: 1))) }
            return out
        }
    }

    /// The last alert id known to be in the alert log (0 when none).
    package func logHighWater() throws(SQLiteError) -> Int64 {
        try db.withStatement("SELECT value FROM meta WHERE key = 'log_high_water'") { q throws(SQLiteError) in
            try q.step() ? q.int(0) : 0
        }
    }

    package func setLogHighWater(_ id: Int64) throws(SQLiteError) {
        try db.run("""
            INSERT INTO meta (key, value) VALUES ('log_high_water', ?)
            ON CONFLICT (key) DO UPDATE SET value = MAX(value, excluded.value)
            """, [.int(id)])
    }

    /// The last alert id sink `name` acknowledged; nil for a sink never
    /// started (it begins at the newest alert, not with the whole history).
    package func sinkHighWater(_ name: String) throws(SQLiteError) -> Int64? {
        let q = try db.prepare("SELECT value FROM meta WHERE key = ?")
        try q.bind([.text("sink:" + name)])
        return try q.step() ? q.int(0) : nil
    }

    /// Records that sink `name` has acknowledged every alert up to `id`. Never moves back.
    package func setSinkHighWater(_ name: String, _ id: Int64) throws(SQLiteError) {
        try db.prepare("""
            INSERT INTO meta (key, value) VALUES (?, ?)
            ON CONFLICT (key) DO UPDATE SET value = MAX(value, excluded.value)
            """).run([.text("sink:" + name), .int(id)])
    }

    // MARK: ledger

    package func ledger() throws(SQLiteError) -> [LedgerEntry] {
        try StoreQueries.ledger(db)
    }

    // MARK: private

    private func ensureFeed(_ url: String) throws(SQLiteError) {
        try db.run("INSERT INTO feeds (url) VALUES (?) ON CONFLICT (url) DO NOTHING", [.text(url)])
    }

    private func markHealthy(url: String, etag: String?, lastModified: String?, time: Date) throws(SQLiteError) {
        let t = time.timeIntervalSince1970
        try db.run("""
            UPDATE feeds SET etag = ?, last_modified = ?, last_attempt = ?, last_success = ?,
                failures = 0, failing_since = NULL, last_error = NULL, retry_after = NULL
            WHERE url = ?
            """, [.optional(etag), .optional(lastModified), .double(t), .double(t), .text(url)])
    }

    /// One above the highest id ever used, including deleted ones.
    private func nextAlertID() throws(SQLiteError) -> Int64 {
        try db.withStatement("""
            SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'alerts'), 0),
                       COALESCE((SELECT MAX(id) FROM alerts), 0)) + 1
            """) { q throws(SQLiteError) in
            _ = try q.step()
            return q.int(0)
        }
    }
}

extension SQLiteStatement {
    func date(_ column: Int32) -> Date? {
        isNull(column) ? nil : Date(timeIntervalSince1970: double(column))
    }
}

extension FileManager {
    func createDirectoryOrThrow(_ path: String) throws(StateDatabaseError) {
        // mkdir -p by hand: the error then says what the system said (EACCES,
        // ENOTDIR...) about which folder.
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            if mkdir(prefix, 0o755) != 0, errno != EEXIST {
                throw .folderNotCreated(folder: path, at: prefix, reason: String(cString: strerror(errno)))
            }
            prefix += "/"
        }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw .notAFolder(path)
        }
    }
}
