import FoundationEssentials
import Model

/// The state database opened read-only, for commands that show what the
/// daemon decided (`positions`, `report`) while it may be running: WAL lets
/// them read a consistent snapshot without blocking its commits. Never
/// creates or migrates anything.
package struct StateSnapshot: Sendable {
    /// Every committed alert, in id order.
    package var alerts: [StoredAlert]
    /// The current position of every (topic, actor) an alert has moved.
    package var ledger: [LedgerEntry]

    init(alerts: [StoredAlert], ledger: [LedgerEntry]) {
        self.alerts = alerts
        self.ledger = ledger
    }

    /// Reads `<directory>/state.db`. A missing file is an error that says so
    /// (the daemon has not run with this state_dir yet).
    package static func read(directory: String) throws(StateDatabaseError) -> StateSnapshot {
        let path = directory.hasSuffix("/") ? directory + StateStore.fileName : directory + "/" + StateStore.fileName
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        let read: (version: Int, snapshot: StateSnapshot?)
        do throws(SQLiteError) {
            read = try rows(path: path)
        } catch {
            throw .sqlite(error)
        }
        guard read.version >= 1 else { throw .notAStateDatabase(path: path) }
        guard let snapshot = read.snapshot else {
            throw .olderSchema(path: path, version: read.version, known: Migrations.all.count)
        }
        return snapshot
    }

    /// The file's schema version, and its rows when that version is this
    /// tradewatch's (nil when it holds no tradewatch schema, or an older one
    /// that lacks columns the reads need).
    private static func rows(path: String) throws(SQLiteError) -> (version: Int, snapshot: StateSnapshot?) {
        let db = try SQLiteConnection(path: path, readOnly: true)
        defer { db.close() }
        // One read transaction: the alerts and the ledger they moved agree.
        try db.execute("BEGIN")
        defer { try? db.execute("COMMIT") }
        let versionQuery = try db.prepare("PRAGMA user_version")
        _ = try versionQuery.step()
        let version = Int(versionQuery.int(0))
        guard version >= Migrations.all.count else { return (version, nil) }
        var alerts: [StoredAlert] = []
        while true {
            let batch = try StoreQueries.alerts(db, after: alerts.last?.id ?? 0, limit: 10_000)
            guard !batch.isEmpty else { break }
            alerts += batch
        }
        return (version, StateSnapshot(alerts: alerts, ledger: try StoreQueries.ledger(db)))
    }
}
