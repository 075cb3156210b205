import CSQLite

/// A prepared statement. Bind with `bind(_:)` (1-based positional values),
/// then `step()` until it returns false; read columns with `int`/`double`/`text`.
final class SQLiteStatement {
    private let connection: SQLiteConnection
    private let statement: OpaquePointer
    private let sql: String

    init(connection: SQLiteConnection, statement: OpaquePointer, sql: String) {
        self.connection = connection
        self.statement = statement
        self.sql = sql
    }

    deinit { sqlite3_finalize(statement) }

    enum Value {
        case int(Int64)
        case double(Double)
        case text(String)
        case null
    }

    @discardableResult
    func bind(_ values: [Value]) throws(SQLiteError) -> SQLiteStatement {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let rc: Int32
            switch value {
            case .int(let v): rc = sqlite3_bind_int64(statement, index, v)
            case .double(let v): rc = sqlite3_bind_double(statement, index, v)
            case .text(let v): rc = sqlite3_bind_text(statement, index, v, -1, tw_sqlite_transient())
            case .null: rc = sqlite3_bind_null(statement, index)
            }
            try connection.check(rc, "bind \(index) in \(sql.prefix(60))")
        }
        return self
    }

    /// Ends the statement's current run (its rows, its read snapshot) and
    /// clears its bindings, ready for the next.
    func reset() {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    /// Advances to the next row; false when done.
    func step() throws(SQLiteError) -> Bool {
        let rc = sqlite3_step(statement)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        try connection.check(rc, "step \(sql.prefix(60))")
        return false
    }

    /// Runs a statement that returns no rows.
    func run(_ values: [Value] = []) throws(SQLiteError) {
        try bind(values)
        while try step() {}
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }
    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }
    func text(_ column: Int32) -> String? {
        guard let p = sqlite3_column_text(statement, column) else { return nil }
        return String(cString: p)
    }
}

extension SQLiteStatement.Value {
    static func optional(_ s: String?) -> Self { s.map { .text($0) } ?? .null }
    static func optional(_ d: Double?) -> Self { d.map { .double($0) } ?? .null }
}
