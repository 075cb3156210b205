import CSQLite

/// A thin layer over one sqlite3 connection: open, exec, prepared statements,
/// transactions. Every return code goes through `check`, which turns it into
/// a `SQLiteError` naming the file and SQLite's message.
///
/// `@unchecked Sendable`: the connection is opened with SQLITE_OPEN_FULLMUTEX
/// (serialized mode), and `StateStore` funnels all use, the statement cache
/// included, through one actor.
final class SQLiteConnection: @unchecked Sendable {
    let path: String
    private var handle: OpaquePointer?
    /// Prepared once, reused: the store runs the same few statements for
    /// every feed of every cycle.
    private var cache: [String: SQLiteStatement] = [:]

    init(path: String, readOnly: Bool = false) throws(SQLiteError) {
        self.path = path
        let flags = (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
            | SQLITE_OPEN_FULLMUTEX
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        handle = db
        if rc != SQLITE_OK {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            handle = nil
            throw SQLiteError(code: rc, path: path, operation: "open", message: message)
        }
        sqlite3_busy_timeout(db, 5000)
    }

    deinit { close() }

    func close() {
        cache.removeAll()
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    func check(_ rc: Int32, _ operation: @autoclosure () -> String) throws(SQLiteError) {
        guard rc != SQLITE_OK, rc != SQLITE_ROW, rc != SQLITE_DONE else { return }
        let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "connection closed"
        throw SQLiteError(code: rc, path: path, operation: operation(), message: message)
    }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws(SQLiteError) {
        var errmsg: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errmsg)
        if rc != SQLITE_OK {
            let message = errmsg.map { String(cString: $0) } ?? "error"
            sqlite3_free(errmsg)
            throw SQLiteError(code: rc, path: path, operation: "exec \(sql.prefix(60))", message: message)
        }
    }

    func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var stmt: OpaquePointer?
        try check(sqlite3_prepare_v2(handle, sql, -1, &stmt, nil), "prepare \(sql.prefix(60))")
        return SQLiteStatement(connection: self, statement: stmt!, sql: sql)
    }

    /// Runs `body` with the cached statement for `sql` (prepared on first
    /// use), then resets it: a statement left mid-rows would hold its read
    /// snapshot open, and WAL checkpoints could not catch up.
    func withStatement<T>(_ sql: String, _ body: (SQLiteStatement) throws(SQLiteError) -> T) throws(SQLiteError) -> T {
        let statement: SQLiteStatement
        if let cached = cache[sql] {
            statement = cached
        } else {
            statement = try prepare(sql)
            cache[sql] = statement
        }
        defer { statement.reset() }
        return try body(statement)
    }

    /// Runs the cached statement for `sql`, which returns no rows, with `values`.
    func run(_ sql: String, _ values: [SQLiteStatement.Value] = []) throws(SQLiteError) {
        try withStatement(sql) { statement throws(SQLiteError) in try statement.run(values) }
    }

    /// Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back if it throws.
    func transaction<T>(_ body: () throws(SQLiteError) -> T) throws(SQLiteError) -> T {
        try execute("BEGIN IMMEDIATE")
        do throws(SQLiteError) {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    var changes: Int { Int(sqlite3_changes(handle)) }
}
