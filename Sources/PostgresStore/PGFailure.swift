import PostgresNIO

/// What a postgres-nio call's error says, in words: the server's message and
/// SQLSTATE when the server answered, else what the connection saw.
struct PGFailure: CustomStringConvertible {
    let message: String
    let sqlState: String?

    init(_ error: any Error) {
        guard let error = error as? PSQLError else {
            message = "\(error)"
            sqlState = nil
            return
        }
        if let info = error.serverInfo {
            message = (info[.message] ?? "server error") + (info[.detail].map { " (\($0))" } ?? "")
            sqlState = info[.sqlState]
        } else {
            message = Self.words(error.code) + (error.underlying.map { ": \($0)" } ?? "")
            sqlState = nil
        }
    }

    var description: String { message + (sqlState.map { " (SQLSTATE \($0))" } ?? "") }

    /// postgres-nio names its codes for programs; the ones a user meets, for people.
    static func words(_ code: PSQLError.Code) -> String {
        switch code {
        case .sslUnsupported: "the server does not take TLS connections (sslmode asks for TLS)"
        case .connectionError: "connection failed"
        case .serverClosedConnection: "the server closed the connection"
        case .uncleanShutdown: "the connection ended uncleanly"
        case .authMechanismRequiresPassword: "the server asks for a password and none is set (password_file, PGPASSFILE)"
        case .unsupportedAuthMechanism: "the server asks for an authentication method postgres-nio does not support"
        case .queryCancelled: "the query was cancelled"
        default: "\(code)"
        }
    }
}
