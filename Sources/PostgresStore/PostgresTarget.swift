#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials

/// Where the cluster's PostgreSQL is and how to log in, from `[store] url`
/// (`postgresql://USER@HOST:PORT/DB?sslmode=require`), `password_file`, or
/// `PGPASSFILE` in libpq's format (`host:port:db:user:password`, `*` matching
/// anything). A password in the URL itself is refused: configs are readable.
package struct PostgresTarget: Sendable, Equatable {
    var user: String
    var host: String
    package var port: Int
    var database: String
    package var password: String?
    /// TLS only when the URL asks (`sslmode=require`, `verify-ca`, `verify-full`; `prefer` tries it).
    package var sslmode: String

    /// The URL without any secret, for messages and the socket status.
    package var location: String { "postgresql://\(user)@\(host):\(port)/\(database)" }

    package static func parse(url: String, passwordFile: String?,
                             environment: [String: String]) throws(PostgresStoreError) -> PostgresTarget {
        func bad(_ message: String) -> PostgresStoreError {
            PostgresStoreError(location: "[store] url", operation: "parse", message: message)
        }
        var rest = Substring(url)
        for scheme in ["postgresql://", "postgres://"] where rest.lowercased().hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
        }
        guard rest.count < url.count else { throw bad("\"\(url)\" does not start with postgresql://") }
        var query: Substring = ""
        if let q = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: q)...]
            rest = rest[..<q]
        }
        guard let at = rest.lastIndex(of: "@") else { throw bad("no user (postgresql://USER@HOST:PORT/DB)") }
        let userInfo = rest[..<at]
        guard !userInfo.contains(":") else {
            throw bad("a password in the URL; use password_file or PGPASSFILE")
        }
        rest = rest[rest.index(after: at)...]
        guard let slash = rest.firstIndex(of: "/") else { throw bad("no database (postgresql://USER@HOST:PORT/DB)") }
        let database = String(rest[rest.index(after: slash)...])
        let hostPort = rest[..<slash]
        var host = String(hostPort)
        var port = 5432
        if let colon = hostPort.lastIndex(of: ":") {
            guard let p = Int(hostPort[hostPort.index(after: colon)...]), (1...65535).contains(p) else {
                throw bad("bad port in \"\(hostPort)\"")
            }
            port = p
            host = String(hostPort[..<colon])
        }
        guard !userInfo.isEmpty, !host.isEmpty, !database.isEmpty else {
            throw bad("user, host and database are all needed (postgresql://USER@HOST:PORT/DB)")
        }
        var sslmode = "disable"
        for pair in query.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { throw bad("bad query parameter \"\(pair)\"") }
            guard kv[0] == "sslmode" else { throw bad("unknown parameter \"\(kv[0])\" (known: sslmode)") }
            guard ["disable", "prefer", "require", "verify-ca", "verify-full"].contains(kv[1]) else {
                throw bad("sslmode \"\(kv[1])\" (use disable, prefer, require, verify-ca or verify-full)")
            }
            sslmode = kv[1]
        }
        var target = PostgresTarget(user: String(userInfo), host: host, port: port, database: database,
                                    password: nil, sslmode: sslmode)
        if let passwordFile {
            target.password = try Self.readPasswordFile(passwordFile)
        } else if let passfile = environment["PGPASSFILE"] {
            target.password = try Self.passfileEntry(passfile, for: target)
        }
        return target
    }

    /// The first line of `path`, without its line end.
    static func readPasswordFile(_ path: String) throws(PostgresStoreError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PostgresStoreError(location: path, operation: "read password_file", message: "cannot read it")
        }
        let text = String(decoding: data, as: UTF8.self)
        return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
            .trimmed(of: "\r")
    }

    /// The password of the first `host:port:db:user:password` line of a
    /// libpq password file that matches `target` (`*` matches anything).
    static func passfileEntry(_ path: String, for target: PostgresTarget) throws(PostgresStoreError) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PostgresStoreError(location: path, operation: "read PGPASSFILE", message: "cannot read it")
        }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = splitEscaped(line)
            guard fields.count == 5 else { continue }
            let wanted = [target.host, String(target.port), target.database, target.user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// Fields split at `:`, with `\:` and `\\` escaped as libpq reads them.
    static func splitEscaped(_ line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var escaped = false
        for c in line {
            if escaped { field.append(c); escaped = false }
            else if c == "\\" { escaped = true }
            else if c == ":" { fields.append(field); field = "" }
            else { field.append(c) }
        }
        fields.append(field)
        return fields
    }
}
