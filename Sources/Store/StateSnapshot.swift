import FoundationEssentials
import Model

/// The state database opened read-only, for commands that show what the
/// daemon decided (`positions`, `report`) while it may be running: WAL lets
/// them read a consistent snapshot without blocking its commits. Never
/// creates or migrates anything.
public struct StateSnapshot: Sendable {
    /// Every committed alert, in id order.
    public var alerts: [StoredAlert]
    /// The current position of every (topic, actor) an alert has moved.
    public var ledger: [LedgerEntry]

    public init(alerts: [StoredAlert], ledger: [LedgerEntry]) {
        self.alerts = alerts
        self.ledger = ledger
    }

    /// Reads `<directory>/state.db`. A missing file is an error that says so
    /// (the daemon has not run with this state_dir yet).
    public static func read(directory: String) throws(SQLiteError) -> StateSnapshot {
        let path = directory.hasSuffix("/") ? directory + StateStore.fileName : directory + "/" + StateStore.fileName
        guard FileManager.default.fileExists(atPath: path) else {
            throw SQLiteError(code: 14, path: path, operation: "open",
                              message: "no state database (has `tradewatch run` run with this state_dir?)")
        }
        let db = try SQLiteConnection(path: path, readOnly: true)
        defer { db.close() }
        // One read transaction: the alerts and the ledger they moved agree.
        try db.execute("BEGIN")
        defer { try? db.execute("COMMIT") }
        let version = try db.prepare("PRAGMA user_version")
        _ = try version.step()
        guard version.int(0) >= 1 else {
            throw SQLiteError(code: 0, path: path, operation: "read", message: "not a tradewatch state database (empty schema)")
        }
        guard version.int(0) >= Migrations.all.count else {
            throw SQLiteError(code: 0, path: path, operation: "read", message:
                "schema version \(version.int(0)) is older than this tradewatch reads (\(Migrations.all.count)); `tradewatch run` upgrades it")
        }
        var alerts: [StoredAlert] = []
        while true {
            let batch = try StoreQueries.alerts(db, after: alerts.last?.id ?? 0, limit: 10_000)
            guard !batch.isEmpty else { break }
            alerts += batch
        }
        return StateSnapshot(alerts: alerts, ledger: try StoreQueries.ledger(db))
    }
}
