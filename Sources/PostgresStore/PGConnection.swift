#if canImport(Glibc)
import Glibc
#endif
import CLibPQ

/// One libpq connection, used from one thread at a time (the store's). Every
/// call blocks; a broken connection is opened again by the next `exec`.
final class PGConnection {
    private let conninfo: String
    let location: String
    private var conn: OpaquePointer?

    init(conninfo: String, location: String) {
        self.conninfo = conninfo
        self.location = location
    }

    deinit { if let conn { PQfinish(conn) } }

    /// The connection, opened (again) when there is none or it broke.
    func connection(_ operation: String) throws(PostgresStoreError) -> OpaquePointer {
        if let conn, PQstatus(conn) == CONNECTION_OK { return conn }
        if let conn { PQfinish(conn) }
        conn = PQconnectdb(conninfo)
        guard let conn, PQstatus(conn) == CONNECTION_OK else {
            let message = conn.map { Self.message(PQerrorMessage($0)) } ?? "out of memory"
            if let conn { PQfinish(conn) }
            self.conn = nil
            throw PostgresStoreError(location: location, operation: operation, message: message)
        }
        return conn
    }

    func close() {
        if let conn { PQfinish(conn) }
        conn = nil
    }

    /// Runs `sql` with text parameters `$1...`; the rows as text (nil for NULL).
    @discardableResult
    func exec(_ operation: String, _ sql: String, _ params: [String?] = []) throws(PostgresStoreError) -> PGRows {
        let conn = try connection(operation)
        let result = withCParameters(params) { values in
            PQexecParams(conn, sql, Int32(params.count), nil, values, nil, nil, 0)
        }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let message = result.map { Self.message(PQresultErrorMessage($0)) } ?? Self.message(PQerrorMessage(conn))
            let state = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "C"))) }.map { String(cString: $0) }
            throw PostgresStoreError(location: location, operation: operation,
                                     message: message + (state.map { " (SQLSTATE \($0))" } ?? ""), sqlState: state)
        }
        var rows: [[String?]] = []
        let count = PQntuples(result), columns = PQnfields(result)
        rows.reserveCapacity(Int(count))
        for r in 0..<count {
            var row: [String?] = []
            for c in 0..<columns {
                row.append(PQgetisnull(result, r, c) == 1 ? nil : String(cString: PQgetvalue(result, r, c)))
            }
            rows.append(row)
        }
        return PGRows(rows: rows)
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

    /// The socket, for waiting on notifications.
    var socket: Int32 { conn.map { PQsocket($0) } ?? -1 }

    /// Reads what arrived and returns the notifications' channel names.
    func notifications(_ operation: String) throws(PostgresStoreError) -> [String] {
        let conn = try connection(operation)
        guard PQconsumeInput(conn) == 1 else {
            throw PostgresStoreError(location: location, operation: operation, message: Self.message(PQerrorMessage(conn)))
        }
        var channels: [String] = []
        while let notify = PQnotifies(conn) {
            channels.append(String(cString: notify.pointee.relname))
            PQfreemem(notify)
        }
        return channels
    }

    static func message(_ text: UnsafePointer<CChar>?) -> String {
        guard let text else { return "unknown error" }
        return String(cString: text).trimmed(of: " \n")
    }
}

/// The rows of one result, as text.
struct PGRows {
    let rows: [[String?]]
    var first: [String?]? { rows.first }
}

extension [String?] {
    func text(_ i: Int) -> String? { self[i] }
    func string(_ i: Int) -> String { self[i] ?? "" }
    func int(_ i: Int) -> Int64 { self[i].flatMap { Int64($0) } ?? 0 }
    func double(_ i: Int) -> Double? { self[i].flatMap { Double($0) } }
}

extension String {
    func trimmed(of set: String) -> String {
        var s = Substring(self)
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        return String(s)
    }
}

/// `params` as the C strings PQexecParams takes (NULL for nil), alive during `body`.
private func withCParameters<T>(_ params: [String?], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
    let copies: [UnsafeMutablePointer<CChar>?] = params.map { $0.map { strdup($0) } }
    defer { for p in copies { free(p) } }
    return body(copies.map { $0.map { UnsafePointer($0) } })
}

/// A PostgreSQL array literal of `values` (`{"a","b\"c"}`), for `$n::text[]`.
func pgArray(_ values: [String]) -> String {
    "{" + values.map { value in
        "\"" + value.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }.joined(separator: ",") + "}"
}
