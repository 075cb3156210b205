import NIOCore
import PostgresNIO

/// One postgres-nio connection, used from one thread at a time (the store's,
/// never the cooperative pool's nor the event loop's): every call blocks on
/// its future. A broken connection is opened again by the next `exec`.
final class PGConnection {
    private let settings: PGSettings
    let location: String
    private var conn: PostgresConnection?

    init(_ settings: PGSettings, location: String) {
        self.settings = settings
        self.location = location
    }

    deinit { close() }

    /// The connection, opened (again) when there is none or it broke.
    func connection(_ operation: String) throws(PostgresStoreError) -> PostgresConnection {
        if let conn, !conn.isClosed { return conn }
        close()
        let opened = try settings.connect(location: location, operation: operation)
        conn = opened
        return opened
    }

    /// Whether the server or the network closed the connection (none open counts as closed).
    var isClosed: Bool { conn?.isClosed ?? true }

    /// Closes without waiting: the close callback keeps the connection alive
    /// until its channel is closed (postgres-nio asserts that at deinit).
    func close() {
        guard let conn else { return }
        self.conn = nil
        conn.close().whenComplete { _ in withExtendedLifetime(conn) {} }
    }

    /// Runs `sql` with text parameters `$1...` (typed by the server, as
    /// libpq's untyped ones were); the rows as text (nil for NULL).
    @discardableResult
    func exec(_ operation: String, _ sql: String, _ params: [String?] = []) throws(PostgresStoreError) -> PGRows {
        let conn = try connection(operation)
        var binds = PostgresBindings(capacity: params.count)
        for param in params {
            if let param { binds.append(PGTextParameter(param)) } else { binds.appendNull() }
        }
        let result: PostgresQueryResult
        do {
            result = try conn.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: PGSettings.quiet).wait()
        } catch {
            let failure = PGFailure(error)
            if conn.isClosed { close() }
            throw PostgresStoreError(location: location, operation: operation,
                                     message: failure.description, sqlState: failure.sqlState)
        }
        do throws(PGCellError) {
            return try PGRows(result)
        } catch {
            throw PostgresStoreError(location: location, operation: operation, message: error.description)
        }
    }

    /// `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ operation: String, _ body: () throws(PostgresStoreError) -> T) throws(PostgresStoreError) -> T {
        try exec(operation, "BEGIN")
        do {
            let value = try body()
            try exec(operation, "COMMIT")
            return value
        } catch {
            _ = try? exec(operation, "ROLLBACK")
            throw error
        }
    }

    /// LISTENs on `channel`, calling `notified` (on the event loop) for each
    /// notification; returns once the server listens.
    func listen(_ operation: String, channel: String, _ notified: @escaping @Sendable () -> Void) throws(PostgresStoreError) {
        let conn = try connection(operation)
        conn.addListener(channel: channel) { _, _ in notified() }
        // postgres-nio sends its own LISTEN for the listener; this one returns after it.
        try exec(operation, "LISTEN \(channel)")
    }
}

/// A parameter sent as text of no declared type, so the server infers it
/// from the statement (`$2` of a DOUBLE PRECISION column, `$1::text[]`).
struct PGTextParameter: PostgresNonThrowingEncodable {
    let text: String
    init(_ text: String) { self.text = text }

    static var psqlType: PostgresDataType { .null }  // OID 0: unspecified
    static var psqlFormat: PostgresFormat { .text }

    func encode<JSONEncoder: PostgresJSONEncoder>(into buffer: inout ByteBuffer,
                                                  context: PostgresEncodingContext<JSONEncoder>) {
        buffer.writeString(text)
    }
}

/// A PostgreSQL array literal of `values` (`{"a","b\"c"}`), for `$n::text[]`.
func pgArray(_ values: [String]) -> String {
    "{" + values.map { value in
        "\"" + value.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }.joined(separator: ",") + "}"
}
