import Store

/// A failure of the PostgreSQL store: which operation, against which
/// database (the URL without password), and what the server or network said.
package struct PostgresStoreError: Error, CustomStringConvertible, Sendable {
    let location: String
    let operation: String
    let message: String
    /// Set when a commit found this node's lease gone (nothing was written).
    let leaseLost: LeaseLost?
    /// The server's SQLSTATE, when it answered with an error.
    let sqlState: String?

    init(location: String, operation: String, message: String, leaseLost: LeaseLost? = nil,
                sqlState: String? = nil) {
        self.location = location
        self.operation = operation
        self.message = message
        self.leaseLost = leaseLost
        self.sqlState = sqlState
    }

    package var description: String { "\(location): \(operation): \(message)" }
}
